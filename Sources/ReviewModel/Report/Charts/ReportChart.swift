/// A chart of the board paper as SVG text, with its text alternative: the same figures in
/// words, one line each, for a screen reader, a reader who cannot tell the colours apart, and
/// the Markdown paper's reader. HTML inlines the SVG; Word embeds it as a picture.
public struct ReportChart: Hashable, Sendable {
    /// Unique within a paper ("timeline", "budgets-organisations"): prefixes the SVG's ids.
    public var id: String
    public var title: String
    /// The text alternative: one line per figure, the chart's own words.
    public var lines: [String]
    /// A complete `<svg>` element (no XML declaration) with `<title>` and `<desc>`.
    public var svg: String
    public var width: Int
    public var height: Int

    public init(id: String, title: String, lines: [String], svg: String, width: Int, height: Int) {
        self.id = id
        self.title = title
        self.lines = lines
        self.svg = svg
        self.width = width
        self.height = height
    }

    /// The text alternative as one paragraph.
    public var textAlternative: String { lines.joined(separator: "; ") }
}

/// The charts' colours: the Okabe–Ito palette, told apart by readers with any common colour
/// vision deficiency. Meaning never rests on a colour: every mark has its word beside it,
/// and overdue periods carry a hatch pattern as well as a colour.
public enum ChartPalette {
    public static let blue = "#0072B2"
    public static let orange = "#E69F00"
    public static let vermillion = "#D55E00"
    public static let green = "#009E73"
    public static let skyBlue = "#56B4E9"
    public static let purple = "#CC79A7"
    public static let grey = "#999999"
    public static let ink = "#222222"
    public static let rule = "#BBBBBB"

    static func rag(_ rag: RAG) -> String {
        switch rag {
        case .red: return vermillion
        case .amber: return orange
        case .green: return green
        case .unrated: return grey
        }
    }
}
