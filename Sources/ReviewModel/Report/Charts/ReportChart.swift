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
    /// The same drawing as shapes, for the PNG picture (`ChartRaster`).
    public var shapes: [ChartShape]

    public init(id: String, title: String, lines: [String], svg: String, width: Int, height: Int, shapes: [ChartShape] = []) {
        self.shapes = shapes
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

/// A point of a chart, in CSS pixels from the top left.
public struct ChartPoint: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}

/// How a shape is filled: a colour ("#RRGGBB"), or diagonal hatching in a colour.
public enum ChartPaint: Hashable, Sendable {
    case colour(String)
    case hatch(String)
}

/// Where a text's x is: its start, middle or end.
public enum ChartAnchor: String, Hashable, Sendable {
    case start, middle, end
}

/// One drawn element of a chart, in CSS pixels; text `y` is the baseline.
public enum ChartShape: Hashable, Sendable {
    case rect(x: Double, y: Double, width: Double, height: Double, fill: ChartPaint, stroke: String?)
    case line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double, dashed: Bool)
    case polygon([ChartPoint], fill: ChartPaint, stroke: String)
    case text(String, x: Double, y: Double, anchor: ChartAnchor, bold: Bool, fill: String)
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
