/// A scrolling list with a selection. Items come from a closure, so a list of any
/// length costs only its visible rows per frame.
///
/// The selected row is drawn with `selectedStyle` across the full width and with the
/// selection marker ("> "), so selection never rests on colour alone. When the items do
/// not all fit, the rightmost column is a scroll gutter (arrows for more above and below),
/// so the position is never drawn over an item.
public struct ListView {
    public var itemCount: Int
    public var item: (Int) -> String
    public var style: Style
    public var selectedStyle: Style
    /// Drawn before the selected item; other items get the same width of spaces.
    /// Empty for no marker.
    public var marker: String
    public var ellipsis: String
    public var gutterStyle: Style = .plain
    public var glyphs: Glyphs = .unicode

    public init(itemCount: Int, style: Style = .plain, selectedStyle: Style = .reverse,
                marker: String = "> ", ellipsis: String = "…", item: @escaping (Int) -> String) {
        self.itemCount = max(0, itemCount)
        self.item = item
        self.style = style
        self.selectedStyle = selectedStyle
        self.marker = marker
        self.ellipsis = ellipsis
    }

    /// Draws the visible items and scrolls `state` so that the selection is visible.
    public func render(in area: Rect, buffer: inout Buffer, state: inout ListState) {
        guard !area.isEmpty else { return }
        state.clamp(count: itemCount)
        state.scrollToSelection(visibleRows: area.height, count: itemCount)
        buffer.fill(area, style: style)
        let markerWidth = marker.terminalWidth
        let blankMarker = String(repeating: " ", count: markerWidth)
        let gutter = ScrollGutter(offset: state.offset, visible: area.height, count: itemCount)
        let gutterWidth = gutter.isNeeded && area.width > markerWidth + 1 ? 1 : 0
        gutter.render(in: Rect(x: area.right - gutterWidth, y: area.y, width: gutterWidth, height: area.height),
                      buffer: &buffer, style: gutterStyle, glyphs: glyphs)
        let last = min(itemCount, state.offset + area.height)
        guard state.offset < last else { return }
        for index in state.offset..<last {
            var row = area.row(index - state.offset)
            row.width -= gutterWidth
            let isSelected = index == state.selected
            let rowStyle = isSelected ? style.patched(with: selectedStyle) : style
            if isSelected { buffer.fill(row, style: rowStyle) }
            let prefix = isSelected ? marker : blankMarker
            let text = prefix + item(index).truncated(toWidth: max(0, row.width - markerWidth), ellipsis: ellipsis)
            buffer.write(text, x: row.x, y: row.y, style: rowStyle, clip: row)
        }
    }

    /// Draws without keeping the scroll position (for a pure `view`): the scroll is
    /// recomputed from `state` each frame.
    public func render(in area: Rect, buffer: inout Buffer, state: ListState) {
        var copy = state
        render(in: area, buffer: &buffer, state: &copy)
    }
}
