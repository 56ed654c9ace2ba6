/// A bordered, scrollable help screen drawn over the app: section titles, then one
/// row per entry with the keys in a column as wide as the section's widest keys. Build the
/// sections from the app's `KeyMap` so help always matches the keys.
public struct HelpOverlay {
    public var title: String
    public var sections: [HelpSection]
    public var style: Style
    public var sectionStyle: Style
    public var keyStyle: Style
    public var glyphs: Glyphs

    public init(title: String = "Help", sections: [HelpSection], style: Style = .plain,
                sectionStyle: Style = Style(attributes: [.bold, .underline]), keyStyle: Style = .bold,
                glyphs: Glyphs = .unicode) {
        self.title = title
        self.sections = sections
        self.style = style
        self.sectionStyle = sectionStyle
        self.keyStyle = keyStyle
        self.glyphs = glyphs
    }

    /// A help row as drawn: a section title, an entry, or a blank between sections.
    enum Line: Hashable {
        case section(String)
        /// An entry, with the width of its section's key column.
        case entry(HelpEntry, keyWidth: Int)
        case blank
    }

    var contentLines: [Line] {
        var lines: [Line] = []
        for (index, section) in sections.enumerated() {
            if index > 0 { lines.append(.blank) }
            lines.append(.section(section.title))
            let keyWidth = section.entries.map(\.keys.terminalWidth).max() ?? 0
            lines.append(contentsOf: section.entries.map { Line.entry($0, keyWidth: keyWidth) })
        }
        return lines
    }

    /// The rows of content (as the scroll offset counts them) holding `query`, ignoring case:
    /// a section title, or an entry's keys or description.
    public func lines(matching query: String) -> [Int] {
        let needle = query.lowercased()
        guard !needle.isEmpty else { return [] }
        return contentLines.enumerated().compactMap { index, line in
            switch line {
            case .section(let title): return title.lowercased().contains(needle) ? index : nil
            case .entry(let entry, _):
                return entry.keys.lowercased().contains(needle) || entry.description.lowercased().contains(needle) ? index : nil
            case .blank: return nil
            }
        }
    }

    /// Rows of content (for clamping the scroll offset).
    public var lineCount: Int { contentLines.count }

    /// The box within `area`: the area less a margin of one cell on each side.
    public func frame(in area: Rect) -> Rect {
        area.inset(horizontal: area.width > 40 ? 2 : 0, vertical: area.height > 12 ? 1 : 0)
    }

    /// The largest useful scroll offset when drawn in `area`.
    public func maxScrollOffset(in area: Rect) -> Int {
        max(0, lineCount - frame(in: area).inset(by: 1).height)
    }

    /// Draws the overlay; `scrollOffset` is clamped. "▲"/"▼" in the right border mark
    /// more content above or below.
    public func render(in area: Rect, buffer: inout Buffer, scrollOffset: Int = 0) {
        let box = frame(in: area)
        guard box.width >= 4, box.height >= 3 else { return }
        buffer.fill(box, style: style)
        let inner = buffer.drawBox(box, title: title, style: style, titleStyle: style.patched(with: sectionStyle),
                                   glyphs: glyphs).inset(horizontal: 1, vertical: 0)
        let lines = contentLines
        let first = min(max(0, scrollOffset), max(0, lines.count - inner.height))
        for (row, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + row
            switch line {
            case .blank:
                break
            case .section(let title):
                buffer.write(title, in: inner.row(row), style: style.patched(with: sectionStyle), ellipsis: glyphs.ellipsis)
            case .entry(let entry, let keyWidth):
                let keys = entry.keys.padded(toWidth: min(keyWidth, inner.width / 2), ellipsis: glyphs.ellipsis)
                let next = buffer.write("  " + keys, x: inner.x, y: y, style: style.patched(with: keyStyle), clip: inner)
                let descriptionArea = Rect(x: next + 2, y: y, width: inner.right - next - 2, height: 1)
                buffer.write(entry.description, in: descriptionArea, style: style, ellipsis: glyphs.ellipsis)
            }
        }
        if first > 0 { buffer.set(glyphs.moreAbove, x: box.right - 1, y: inner.y, style: style) }
        if first + inner.height < lines.count {
            buffer.set(glyphs.moreBelow, x: box.right - 1, y: inner.bottom - 1, style: style)
        }
    }
}
