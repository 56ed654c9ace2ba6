/// A row of tab titles. The selected one is in brackets as well as in
/// `selectedStyle`, so it is visible without colour: " Overview [Actions] Risks ".
public struct TabsBar {
    public var titles: [String]
    public var selected: Int
    public var style: Style
    public var selectedStyle: Style

    public init(titles: [String], selected: Int, style: Style = .plain, selectedStyle: Style = .reverse) {
        self.titles = titles
        self.selected = selected
        self.style = style
        self.selectedStyle = selectedStyle
    }

    /// Draws the tabs left to right in the first row of `area`; tabs that do not fit are cut
    /// at the edge. When the selected tab would be cut, the first tabs give way (an "…" says
    /// so) until it fits.
    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let line = area.row(0)
        buffer.fill(line, style: style)
        let labels = titles.enumerated().map { index, title in index == selected ? "[\(title)]" : " \(title) " }
        let widths = labels.map(\.terminalWidth)
        var first = 0
        if labels.indices.contains(selected) {
            while first < selected && widths[first...selected].reduce(0, +) + (first > 0 ? 1 : 0) > line.width { first += 1 }
        }
        var x = line.x
        if first > 0 { x = buffer.write("…", x: x, y: line.y, style: style, clip: line) }
        for index in labels.indices.dropFirst(first) {
            if x >= line.right { break }
            let isSelected = index == selected
            x = buffer.write(labels[index], x: x, y: line.y, style: isSelected ? style.patched(with: selectedStyle) : style,
                             clip: line)
        }
    }
}
