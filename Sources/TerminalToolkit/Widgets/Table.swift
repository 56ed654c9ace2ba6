/// A table with a header row, frozen leading columns, horizontal scrolling of the
/// rest, right-aligned numeric columns and an optional totals row pinned at the bottom.
///
/// Rows come from a closure (`index -> [String]`), and only the rows that fit on screen
/// are asked for, so a 100,000-row table costs the same per frame as a 20-row one.
public struct Table {
    public var columns: [TableColumn]
    public var rowCount: Int
    public var row: (Int) -> [String]
    /// Values under each column for the totals row; nil for no totals row.
    public var totals: [String]?
    /// How many leading columns stay put when scrolling sideways.
    public var frozenColumns: Int
    /// Spaces between columns.
    public var columnSpacing: Int
    public var style: Style
    public var headerStyle: Style
    public var selectedStyle: Style
    public var totalsStyle: Style
    public var ellipsis: String

    public init(columns: [TableColumn], rowCount: Int, totals: [String]? = nil, frozenColumns: Int = 1,
                columnSpacing: Int = 1, style: Style = .plain, headerStyle: Style = .bold,
                selectedStyle: Style = .reverse, totalsStyle: Style = .bold, ellipsis: String = "…",
                row: @escaping (Int) -> [String]) {
        self.columns = columns
        self.rowCount = max(0, rowCount)
        self.row = row
        self.totals = totals
        self.frozenColumns = min(max(0, frozenColumns), columns.count)
        self.columnSpacing = max(0, columnSpacing)
        self.style = style
        self.headerStyle = headerStyle
        self.selectedStyle = selectedStyle
        self.totalsStyle = totalsStyle
        self.ellipsis = ellipsis
    }

    public var scrollableColumnCount: Int { columns.count - frozenColumns }

    /// Rows of data that fit in an area of this height (header and totals excluded).
    public func bodyHeight(for areaHeight: Int) -> Int {
        max(0, areaHeight - 1 - (totals == nil ? 0 : 1))
    }

    /// Draws the table and scrolls `state` so the selected row is visible.
    public func render(in area: Rect, buffer: inout Buffer, state: inout TableState) {
        guard !area.isEmpty, !columns.isEmpty else { return }
        buffer.fill(area, style: style)
        let bodyRows = bodyHeight(for: area.height)
        state.rows.clamp(count: rowCount)
        state.rows.scrollToSelection(visibleRows: bodyRows, count: rowCount)
        state.scrollColumns(by: 0, scrollableColumns: scrollableColumnCount)

        let first = min(state.rows.offset, rowCount)
        let last = min(rowCount, first + bodyRows)
        let visibleRows = (first..<last).map { row($0) }
        let placements = columnPlacements(areaWidth: area.width, columnOffset: state.columnOffset,
                                          visibleRows: visibleRows)

        drawRow(columns.map(\.title), y: area.y, area: area, placements: placements,
                style: style.patched(with: headerStyle), buffer: &buffer)
        for (position, values) in visibleRows.enumerated() {
            let index = first + position
            let y = area.y + 1 + position
            var rowStyle = style
            if index == state.rows.selected {
                rowStyle = style.patched(with: selectedStyle)
                buffer.fill(area.row(1 + position), style: rowStyle)
            }
            drawRow(values, y: y, area: area, placements: placements, style: rowStyle, buffer: &buffer)
        }
        if let totals, area.height >= 2 {
            drawRow(totals, y: area.bottom - 1, area: area, placements: placements,
                    style: style.patched(with: totalsStyle), buffer: &buffer)
        }
    }

    /// Draws without keeping the scroll position (for a pure `view`).
    public func render(in area: Rect, buffer: inout Buffer, state: TableState) {
        var copy = state
        render(in: area, buffer: &buffer, state: &copy)
    }

    /// Where a column lands on screen: its index, x offset within the area and width.
    struct ColumnPlacement: Hashable {
        var column: Int
        var x: Int
        var width: Int
    }

    /// The frozen columns, then scrollable columns from `columnOffset` while they fit.
    /// The last one may be narrowed to the space left (if at least its minimum width,
    /// or 1 when the minimum is 0), its text then ends with an ellipsis.
    func columnPlacements(areaWidth: Int, columnOffset: Int, visibleRows: [[String]]) -> [ColumnPlacement] {
        let shown = Array(0..<frozenColumns) + Array((frozenColumns + columnOffset)..<max(frozenColumns + columnOffset, columns.count))
        var placements: [ColumnPlacement] = []
        var x = 0
        for column in shown {
            let wanted = contentWidth(column: column, visibleRows: visibleRows)
            let left = areaWidth - x
            if left <= 0 { break }
            let width = min(wanted, left)
            if width < wanted && width < max(1, columns[column].minWidth) { break }
            placements.append(ColumnPlacement(column: column, x: x, width: width))
            x += width + columnSpacing
        }
        return placements
    }

    /// The widest of header, visible values and total, clamped to the column limits.
    func contentWidth(column: Int, visibleRows: [[String]]) -> Int {
        var widest = columns[column].title.terminalWidth
        for values in visibleRows where column < values.count {
            widest = max(widest, values[column].terminalWidth)
        }
        if let totals, column < totals.count { widest = max(widest, totals[column].terminalWidth) }
        return columns[column].clampedWidth(widest)
    }

    private func drawRow(_ values: [String], y: Int, area: Rect, placements: [ColumnPlacement],
                         style: Style, buffer: inout Buffer) {
        for placement in placements {
            let value = placement.column < values.count ? values[placement.column] : ""
            let column = columns[placement.column]
            let cellArea = Rect(x: area.x + placement.x, y: y, width: placement.width, height: 1)
            buffer.write(value, in: cellArea.intersection(area), style: style, alignment: column.alignment, ellipsis: ellipsis)
        }
    }
}
