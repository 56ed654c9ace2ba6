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
