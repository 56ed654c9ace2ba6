/// Builds SVG text (elements with attributes, text escaped for XML, coordinates to one
/// decimal place) and records the same drawing as shapes, for the chart's PNG picture.
struct SVGWriter {
    private(set) var text = ""
    private(set) var shapes: [ChartShape] = []
    let id: String
    let width: Int
    let height: Int

    /// Opens the `<svg>` element with its title and description (the text alternative).
    init(id: String, width: Int, height: Int, title: String, description: String) {
        self.id = id
        self.width = width
        self.height = height
        text.reserveCapacity(4096)
        text += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
        text += "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" "
        text += "font-family=\"DejaVu Sans, Liberation Sans, Arial, sans-serif\" font-size=\"11\">"
        text += "<title id=\"\(id)-title\">\(XMLText.escape(title))</title>"
        text += "<desc id=\"\(id)-desc\">\(XMLText.escape(description))</desc>"
        text += "<rect x=\"0\" y=\"0\" width=\"\(width)\" height=\"\(height)\" fill=\"#FFFFFF\"/>"
    }

    /// A coordinate to one decimal place, without trailing zeros: "12", "12.5", "-3.2".
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let whole = tenths / 10
        let fraction = abs(tenths % 10)
        if fraction == 0 { return String(whole) }
        return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
    }

    mutating func raw(_ element: String) { text += element }

    /// A fill as the picture paints it: a colour, or the overdue hatch.
    private static func paint(_ fill: String, stroke: String?) -> ChartPaint {
        fill.hasPrefix("url(") ? .hatch(stroke ?? ChartPalette.vermillion) : .colour(fill)
    }

    mutating func polygon(_ points: [ChartPoint], fill: String, stroke: String, className: String) {
        let list = points.map { "\(Self.number($0.x)),\(Self.number($0.y))" }.joined(separator: " ")
        text += "<polygon class=\"\(className)\" points=\"\(list)\" fill=\"\(fill)\" stroke=\"\(stroke)\"/>"
        shapes.append(.polygon(points, fill: Self.paint(fill, stroke: stroke), stroke: stroke))
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                       stroke: String? = nil, className: String? = nil, label: String? = nil) {
        shapes.append(.rect(x: x, y: y, width: max(width, 0), height: height, fill: Self.paint(fill, stroke: stroke), stroke: stroke))
        text += "<rect"
        if let className { text += " class=\"\(className)\"" }
        text += " x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(max(width, 0)))\" height=\"\(Self.number(height))\" fill=\"\(fill)\""
        if let stroke { text += " stroke=\"\(stroke)\"" }
        if let label { text += "><title>\(XMLText.escape(label))</title></rect>" } else { text += "/>" }
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String,
                       width: Double = 1, dash: String? = nil, className: String? = nil) {
        shapes.append(.line(x1: x1, y1: y1, x2: x2, y2: y2, stroke: stroke, width: width, dashed: dash != nil))
        text += "<line"
        if let className { text += " class=\"\(className)\"" }
        text += " x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.number(width))\""
        if let dash { text += " stroke-dasharray=\"\(dash)\"" }
        text += "/>"
    }

    mutating func label(_ content: String, x: Double, y: Double, anchor: ChartAnchor = .start, bold: Bool = false,
                        fill: String = ChartPalette.ink, className: String? = nil) {
        shapes.append(.text(content, x: x, y: y, anchor: anchor, bold: bold, fill: fill))
        text += "<text"
        if let className { text += " class=\"\(className)\"" }
        text += " x=\"\(Self.number(x))\" y=\"\(Self.number(y))\""
        if anchor != .start { text += " text-anchor=\"\(anchor.rawValue)\"" }
        if bold { text += " font-weight=\"bold\"" }
        if fill != ChartPalette.ink { text += " fill=\"\(fill)\"" }
        text += ">\(XMLText.escape(content))</text>"
    }

    /// Closes the element and returns the chart.
    func chart(title: String, lines: [String]) -> ReportChart {
        ReportChart(id: id, title: title, lines: lines, svg: text + "</svg>", width: width, height: height, shapes: shapes)
    }

    /// Text cut to a number of characters, with an ellipsis when cut (the full text is in the
    /// text alternative).
    static func clipped(_ text: String, to length: Int) -> String {
        let flat = text.replacingLineBreaks(with: " ")
        return flat.count <= length ? flat : String(flat.prefix(length - 1)) + "…"
    }
}
