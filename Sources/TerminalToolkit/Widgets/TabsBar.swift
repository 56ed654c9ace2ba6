/// A row of tab titles. The selected one is in brackets as well as in
/// `selectedStyle`, so it is visible without colour: " Overview [Actions] Risks ".
///
/// When the titles do not fit, the bar degrades in steps so that every tab stays readable in
/// full for as long as possible: the short titles (when given) with the same spacing, then the
/// short titles one space apart ("Overview [Actions] Risks"); only then are the first tabs
/// given way to keep the selected one on screen.
public struct TabsBar {
    public var titles: [String]
    /// Shorter titles for narrow rows, one per title; nil for none.
    public var shortTitles: [String]?
    public var selected: Int
    public var style: Style
    public var selectedStyle: Style

    public init(titles: [String], shortTitles: [String]? = nil, selected: Int, style: Style = .plain,
                selectedStyle: Style = .reverse) {
        self.titles = titles
        self.shortTitles = shortTitles.flatMap { $0.count == titles.count ? $0 : nil }
        self.selected = selected
        self.style = style
        self.selectedStyle = selectedStyle
    }

    /// The labels in each step, roomiest first.
    private var labelSteps: [[String]] {
        func spaced(_ titles: [String]) -> [String] {
            titles.enumerated().map { index, title in index == selected ? "[\(title)]" : " \(title) " }
        }
        func compact(_ titles: [String]) -> [String] {
            titles.enumerated().map { index, title in
                (index == selected ? "[\(title)]" : title) + (index == titles.count - 1 ? "" : " ")
            }
        }
        guard let shortTitles else { return [spaced(titles)] }
        return [spaced(titles), spaced(shortTitles), compact(shortTitles)]
    }

    /// Where each tab goes in a row `width` columns wide: the first tab shown (when the selected
    /// tab would be cut, the first tabs give way, and an "…" in column 0 says so), then each
    /// shown tab's label and its columns from the row's left edge.
    struct Layout {
        var first: Int
        var slots: [(index: Int, label: String, columns: Range<Int>)]
    }

    func layout(width: Int) -> Layout {
        let steps = labelSteps
        let labels = steps.first { $0.reduce(0) { $0 + $1.terminalWidth } <= width } ?? steps[steps.count - 1]
        let widths = labels.map(\.terminalWidth)
        var first = 0
        if labels.indices.contains(selected) {
            while first < selected && widths[first...selected].reduce(0, +) + (first > 0 ? 1 : 0) > width { first += 1 }
        }
        var x = first > 0 ? 1 : 0
        var slots: [(index: Int, label: String, columns: Range<Int>)] = []
        for index in labels.indices.dropFirst(first) where x < width {
            slots.append((index, labels[index], x..<min(width, x + widths[index])))
            x += widths[index]
        }
        return Layout(first: first, slots: slots)
    }

    /// Draws the tabs left to right in the first row of `area`; tabs that do not fit are cut
    /// at the edge.
    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let line = area.row(0)
        buffer.fill(line, style: style)
        let layout = layout(width: line.width)
        if layout.first > 0 { buffer.write("…", x: line.x, y: line.y, style: style, clip: line) }
        for slot in layout.slots {
            let isSelected = slot.index == selected
            buffer.write(slot.label, x: line.x + slot.columns.lowerBound, y: line.y,
                         style: isSelected ? style.patched(with: selectedStyle) : style, clip: line)
        }
    }

    /// The tab drawn at column `x` when the bar is drawn in `area` (for a mouse click), or nil.
    public func tab(atColumn x: Int, in area: Rect) -> Int? {
        layout(width: area.width).slots.first { $0.columns.contains(x - area.x) }?.index
    }
}
