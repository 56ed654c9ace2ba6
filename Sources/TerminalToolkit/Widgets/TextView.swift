/// Multi-line text, word-wrapped to the area's width, scrolled by a line offset the
/// caller keeps. Wrapping happens per frame; for very long texts wrap once with
/// `WordWrap.wrap` and use `init(lines:)`.
public struct TextView {
    public var lines: [String]
    public var style: Style
    /// True when `lines` still need wrapping to the area width.
    private var needsWrapping: Bool

    /// Text to be wrapped to the width of the area it is drawn in.
    public init(_ text: String, style: Style = .plain) {
        self.lines = [text]
        self.style = style
        self.needsWrapping = true
    }

    /// Lines already wrapped (or meant to be cut at the edge).
    public init(lines: [String], style: Style = .plain) {
        self.lines = lines
        self.style = style
        self.needsWrapping = false
    }

    /// The lines as drawn in an area `width` wide.
    public func wrappedLines(width: Int) -> [String] {
        needsWrapping ? lines.flatMap { WordWrap.wrap($0, width: width) } : lines
    }

    /// Draws the lines from `scrollOffset` (clamped) that fit in `area`.
    public func render(in area: Rect, buffer: inout Buffer, scrollOffset: Int = 0) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: style)
        let wrapped = wrappedLines(width: area.width)
        let first = min(max(0, scrollOffset), max(0, wrapped.count - area.height))
        for (row, line) in wrapped.dropFirst(first).prefix(area.height).enumerated() {
            buffer.write(line, x: area.x, y: area.y + row, style: style, clip: area)
        }
    }
}
