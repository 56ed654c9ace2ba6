/// A bordered box of lines drawn over the screen and scrolled by a first-line offset the
/// caller keeps: the title in the top border; where it is ("12-24 of 45") and its keys in
/// the bottom border; a `ScrollGutter` in a column kept for it, so no marker covers text.
/// Lines come with their styles (`Span`s), wrapped by the caller (see `wrap`). A range of
/// lines can be highlighted across the whole row (the selected entry of a list).
public struct ScrollBox {
    public var title: String
    public var lines: [Span]
    /// The keys the box takes, shown in its bottom border: "Enter jumps · Esc closes".
    public var keys: String
    public var highlighted: Range<Int>?
    public var style: Style
    public var borderStyle: Style
    public var highlightStyle: Style
    public var mutedStyle: Style
    public var glyphs: Glyphs

    public init(title: String, lines: [Span], keys: String, highlighted: Range<Int>? = nil, style: Style = .plain,
                borderStyle: Style = .plain, highlightStyle: Style = .reverse, mutedStyle: Style = Style(attributes: .dim),
                glyphs: Glyphs = .unicode) {
        self.title = title
        self.lines = lines
        self.keys = keys
        self.highlighted = highlighted
        self.style = style
        self.borderStyle = borderStyle
        self.highlightStyle = highlightStyle
        self.mutedStyle = mutedStyle
        self.glyphs = glyphs
    }

    /// Where the text goes inside a box: a margin on the left, the gutter's column and a
    /// margin on the right.
    public static func textArea(of box: Rect) -> Rect {
        let inner = box.inset(by: 1)
        return Rect(x: inner.x + 1, y: inner.y, width: max(1, inner.width - 3), height: inner.height)
    }

    /// The largest useful first line for `lineCount` lines in `box`.
    public static func maxScroll(lineCount: Int, box: Rect) -> Int {
        max(0, lineCount - textArea(of: box).height)
    }

    /// The first line that keeps `range` on screen, moving as little as possible from
    /// `scroll` (the range's start wins when it is taller than the box).
    public static func scroll(_ scroll: Int, toShow range: Range<Int>, box: Rect) -> Int {
        let height = textArea(of: box).height
        var first = scroll
        if range.upperBound > first + height { first = range.upperBound - height }
        if range.lowerBound < first { first = range.lowerBound }
        return max(0, first)
    }

    /// Texts wrapped to the text width of `box`, each wrapped line in its text's style; a
    /// text's continuation lines are indented by `hangingIndent` columns.
    public static func wrap(_ texts: [Span], box: Rect, hangingIndent: Int = 0) -> [Span] {
        let width = textArea(of: box).width
        var lines: [Span] = []
        for text in texts {
            if text.text.isEmpty {
                lines.append(text)
                continue
            }
            let indent = String(repeating: " ", count: min(hangingIndent, max(0, width - 1)))
            let first = WordWrap.wrap(text.text, width: max(1, width))
            guard let head = first.first else { continue }
            lines.append(Span(head, style: text.style))
            let rest = first.dropFirst().joined(separator: " ")
            if !rest.isEmpty {
                lines += WordWrap.wrap(rest, width: max(1, width - indent.count)).map { Span(indent + $0, style: text.style) }
            }
        }
        return lines
    }

    /// Clears the box and draws it, from line `scroll` (clamped).
    public func render(in box: Rect, buffer: inout Buffer, scroll: Int) {
        guard box.width >= 6, box.height >= 3 else { return }
        buffer.fill(box, style: style)
        let inner = buffer.drawBox(box, title: title, style: borderStyle, titleStyle: borderStyle.adding(.bold), glyphs: glyphs)
        let text = Self.textArea(of: box)
        let first = min(max(0, scroll), Self.maxScroll(lineCount: lines.count, box: box))
        for (row, line) in lines.dropFirst(first).prefix(text.height).enumerated() {
            let y = text.y + row
            let isHighlighted = highlighted?.contains(first + row) == true
            let lineStyle = isHighlighted ? line.style.patched(with: highlightStyle) : line.style
            if isHighlighted { buffer.fill(Rect(x: inner.x, y: y, width: text.right - inner.x, height: 1), style: lineStyle) }
            buffer.write(line.text, in: Rect(x: text.x, y: y, width: text.width, height: 1), style: lineStyle, ellipsis: glyphs.ellipsis)
        }
        let gutter = ScrollGutter(offset: first, visible: text.height, count: lines.count)
        gutter.render(in: Rect(x: inner.right - 1, y: inner.y, width: 1, height: inner.height), buffer: &buffer, style: mutedStyle,
                      glyphs: glyphs)
        let footer = gutter.isNeeded ? " \(gutter.positionText) · \(keys) " : " \(keys) "
        let footerWidth = min(footer.terminalWidth, max(0, box.width - 4))
        buffer.write(footer, in: Rect(x: box.right - 2 - footerWidth, y: box.bottom - 1, width: footerWidth, height: 1),
                     style: mutedStyle, ellipsis: glyphs.ellipsis)
    }
}
