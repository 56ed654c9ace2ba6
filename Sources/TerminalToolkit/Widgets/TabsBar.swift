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

    /// Draws the tabs left to right in the first row of `area`; tabs that do not fit
    /// are cut at the edge.
    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let line = area.row(0)
        buffer.fill(line, style: style)
        var x = line.x
        for (index, title) in titles.enumerated() {
            if x >= line.right { break }
            let isSelected = index == selected
            let label = isSelected ? "[\(title)]" : " \(title) "
            x = buffer.write(label, x: x, y: line.y, style: isSelected ? style.patched(with: selectedStyle) : style,
                             clip: line)
        }
    }
}
