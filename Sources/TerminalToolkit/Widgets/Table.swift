/// A table: a header row, rows of styled cells or headings, a selection marker and
/// highlight, a scroll gutter, an optional totals row pinned at the bottom, frozen leading
/// columns and sideways scrolling of the rest.
///
/// Rows come from a closure, and only the rows that fit on screen are asked for, so a
/// 100,000-row table costs the same per frame as a 20-row one. Column widths follow the
/// columns' declared limits, content widths and priorities (see `TableColumn`).
///
/// Nothing is drawn over data: the selection marker has its own column on the left
/// (blank on other rows) and the scroll gutter its own column on the right (only when
/// the rows do not all fit). A cut text ends with the ellipsis.
public struct Table {
    public var columns: [TableColumn]
    public var rowCount: Int
    public var row: (Int) -> TableRow
    /// The totals row; nil for none.
    public var totals: TableRow?
    /// How many leading columns stay put when scrolling sideways.
    public var frozenColumns: Int
    /// Spaces between columns.
    public var columnSpacing: Int
    public var showsHeader: Bool
    public var style: Style
    public var headerStyle: Style
    public var selectedStyle: Style
    public var totalsStyle: Style
    public var gutterStyle: Style
    /// Drawn before the selected row; other rows get the same width of spaces. Empty for none.
    /// A row's own `mark` takes the end of this column (the selection marker keeps its start).
    public var marker: String
    public var glyphs: Glyphs

    public init(columns: [TableColumn], rowCount: Int, totals: TableRow? = nil, frozenColumns: Int = 1,
                columnSpacing: Int = 1, showsHeader: Bool = true, style: Style = .plain, headerStyle: Style = .bold,
                selectedStyle: Style = .reverse, totalsStyle: Style = .bold, gutterStyle: Style = .plain,
                marker: String = "", glyphs: Glyphs = .unicode, row: @escaping (Int) -> TableRow) {
        self.columns = columns
        self.rowCount = max(0, rowCount)
        self.row = row
        self.totals = totals
        self.frozenColumns = min(max(0, frozenColumns), columns.count)
        self.columnSpacing = max(0, columnSpacing)
        self.showsHeader = showsHeader
        self.style = style
        self.headerStyle = headerStyle
        self.selectedStyle = selectedStyle
        self.totalsStyle = totalsStyle
        self.gutterStyle = gutterStyle
        self.marker = marker
        self.glyphs = glyphs
    }

    /// A table of plain text rows.
    public init(columns: [TableColumn], rowCount: Int, totals: [String]? = nil, frozenColumns: Int = 1,
                columnSpacing: Int = 1, style: Style = .plain, headerStyle: Style = .bold,
                selectedStyle: Style = .reverse, totalsStyle: Style = .bold, ellipsis: String = "…",
                row: @escaping (Int) -> [String]) {
        var glyphs = Glyphs.unicode
        glyphs.ellipsis = ellipsis
        self.init(columns: columns, rowCount: rowCount, totals: totals.map { TableRow(texts: $0) },
                  frozenColumns: frozenColumns, columnSpacing: columnSpacing, style: style, headerStyle: headerStyle,
                  selectedStyle: selectedStyle, totalsStyle: totalsStyle, glyphs: glyphs) { TableRow(texts: row($0)) }
    }

    public var scrollableColumnCount: Int { columns.count - frozenColumns }

    /// Rows of data that fit in an area of this height (header and totals excluded).
    public func bodyHeight(for areaHeight: Int) -> Int {
        max(0, areaHeight - (showsHeader ? 1 : 0) - (totals == nil ? 0 : 1))
    }

    /// Where the parts of the table go in `area`.
    public struct Parts: Hashable, Sendable {
        public var header: Rect?
        public var body: Rect
        public var totals: Rect?
        /// The selection marker's column, left of the cells.
        public var marker: Rect
        /// Where the cells go (each body row, the header and the totals).
        public var cells: Rect
        /// The scroll gutter's column, right of the cells; empty when every row fits.
        public var gutter: Rect
    }

    public func parts(in area: Rect) -> Parts {
        let headerHeight = showsHeader ? 1 : 0
        let bodyRows = bodyHeight(for: area.height)
        let markerWidth = min(area.width, marker.terminalWidth)
        let gutterWidth = rowCount > bodyRows && area.width > markerWidth + 1 ? 1 : 0
        let bodyY = area.y + headerHeight
        return Parts(
            header: showsHeader && area.height > 0 ? area.row(0) : nil,
            body: Rect(x: area.x, y: bodyY, width: area.width, height: bodyRows),
            totals: totals != nil && area.height >= 2 ? area.row(area.height - 1) : nil,
            marker: Rect(x: area.x, y: bodyY, width: markerWidth, height: bodyRows),
            cells: Rect(x: area.x + markerWidth, y: area.y, width: area.width - markerWidth - gutterWidth, height: area.height),
            gutter: Rect(x: area.right - gutterWidth, y: bodyY, width: gutterWidth, height: bodyRows))
    }

    /// Draws the table and scrolls `state` so the selected row is visible, with the heading
    /// just above it when it is the first row of its group (ratatui's StatefulWidget).
    /// Returns the scrollable columns drawn (their range among the scrollable columns), for a
    /// "columns 2-5 of 9" indicator.
    @discardableResult
    public func render(in area: Rect, buffer: inout Buffer, state: inout TableState) -> Range<Int> {
        guard !area.isEmpty else { return 0..<0 }
        buffer.fill(area, style: style)
        let parts = parts(in: area)
        let bodyRows = parts.body.height
        scroll(&state, visibleRows: bodyRows)
        let first = min(state.rows.offset, rowCount)
        let last = min(rowCount, first + bodyRows)
        let visible = (first..<last).map { row($0) }
        // The rows on screen are measured once, for scrolling sideways and for placing the columns.
        let wanted = wantedWidths(visible)
        scrollColumns(&state, width: parts.cells.width, wanted: wanted)
        let placements = placements(width: parts.cells.width, columnOffset: state.columnOffset, wanted: wanted)
        if let header = parts.header {
            let titles = TableRow(columns.map { TableCell($0.title) })
            draw(titles, y: header.y, parts: parts, placements: placements, base: style.patched(with: headerStyle), buffer: &buffer)
        }
        let blankMarker = String(repeating: " ", count: parts.marker.width)
        for (position, values) in visible.enumerated() {
            let index = first + position
            let y = parts.body.y + position
            var base = style.patched(with: values.style)
            let isSelected = index == state.rows.selected
            if isSelected {
                base = base.patched(with: selectedStyle)
                buffer.fill(Rect(x: area.x, y: y, width: area.width - parts.gutter.width, height: 1), style: base)
            }
            if !parts.marker.isEmpty {
                buffer.write(isSelected ? marker : blankMarker, in: Rect(x: parts.marker.x, y: y, width: parts.marker.width, height: 1),
                             style: base, ellipsis: "")
                let markWidth = min(values.mark.terminalWidth, parts.marker.width)
                if markWidth > 0 {
                    buffer.write(values.mark, in: Rect(x: parts.marker.right - markWidth, y: y, width: markWidth, height: 1),
                                 style: base, ellipsis: "")
                }
            }
            draw(values, y: y, parts: parts, placements: placements, base: base, buffer: &buffer)
        }
        if let totals, let totalsArea = parts.totals {
            draw(totals, y: totalsArea.y, parts: parts, placements: placements,
                 base: style.patched(with: totals.style).patched(with: totalsStyle), buffer: &buffer)
        }
        ScrollGutter(offset: first, visible: bodyRows, count: rowCount)
            .render(in: parts.gutter, buffer: &buffer, style: gutterStyle, glyphs: glyphs)
        return scrollableRange(placements)
    }

    /// Draws without keeping the scroll position (for a pure `view`).
    @discardableResult
    public func render(in area: Rect, buffer: inout Buffer, state: TableState) -> Range<Int> {
        var copy = state
        return render(in: area, buffer: &buffer, state: &copy)
    }

    /// Scrolls as `render` does, for `update` when it knows the height.
    public func scroll(_ state: inout TableState, visibleRows: Int) {
        state.rows.clamp(count: rowCount)
        state.rows.scrollToSelection(visibleRows: visibleRows, count: rowCount)
        if visibleRows >= 2, let selected = state.rows.selected, selected > 0, selected == state.rows.offset,
           row(selected - 1).isHeading {
            state.rows.offset -= 1
        }
        state.scrollColumns(by: 0, scrollableColumns: scrollableColumnCount)
    }

    /// Scrolls as `render` does in `area`, rows and columns, for `update` or a mouse click that
    /// needs the table as it will be drawn.
    public func scroll(_ state: inout TableState, in area: Rect) {
        let parts = parts(in: area)
        scroll(&state, visibleRows: parts.body.height)
        let first = min(state.rows.offset, rowCount)
        let visible = (first..<min(rowCount, first + parts.body.height)).map { row($0) }
        scrollColumns(&state, width: parts.cells.width, visibleRows: visible)
    }

    /// Scrolls the columns sideways as little as possible so the selected column (if any) is
    /// shown, and never further than the offset that brings the last column into view.
    public func scrollColumns(_ state: inout TableState, width: Int, visibleRows: [TableRow]) {
        scrollColumns(&state, width: width, wanted: wantedWidths(visibleRows))
    }

    /// `scrollColumns` with the rows on screen already measured: each candidate offset only
    /// places the columns.
    private func scrollColumns(_ state: inout TableState, width: Int, wanted: [Int?]) {
        let scrollable = scrollableColumnCount
        guard scrollable > 0 else { return state.columnOffset = 0 }
        func shows(_ column: Int, at offset: Int) -> Bool {
            placements(width: width, columnOffset: offset, wanted: wanted).contains { $0.column == column }
        }
        // The first offset that shows the last column. A later offset places fewer columns, and a
        // column kept among more is kept among fewer, so whether the last column is shown only
        // turns from no to yes as the offset grows: a binary search finds where.
        var low = 0, high = scrollable - 1
        while low < high {
            let middle = (low + high) / 2
            if shows(columns.count - 1, at: middle) { high = middle } else { low = middle + 1 }
        }
        let lastOffset = low
        var offset = min(max(0, state.columnOffset), lastOffset)
        if let selected = state.selectedColumn, selected >= frozenColumns, selected < columns.count {
            let selectedOffset = selected - frozenColumns
            if selectedOffset < offset {
                offset = selectedOffset
            } else {
                while offset < selectedOffset && !shows(selected, at: offset) { offset += 1 }
            }
        }
        state.columnOffset = offset
    }

    private func scrollableRange(_ placements: [ColumnPlacement]) -> Range<Int> {
        let shown = placements.map(\.column).filter { $0 >= frozenColumns }
        guard let low = shown.min(), let high = shown.max() else { return 0..<0 }
        return (low - frozenColumns)..<(high - frozenColumns + 1)
    }

    /// The frozen columns, then the scrollable ones from `columnOffset`, placed by `ColumnWidths`.
    public func columnPlacements(width: Int, columnOffset: Int, visibleRows: [TableRow]) -> [ColumnPlacement] {
        placements(width: width, columnOffset: columnOffset, wanted: wantedWidths(visibleRows))
    }

    private func placements(width: Int, columnOffset: Int, wanted: [Int?]) -> [ColumnPlacement] {
        let start = frozenColumns + min(max(0, columnOffset), max(0, scrollableColumnCount - 1))
        let shown = Array(0..<frozenColumns) + Array(start..<max(start, columns.count))
        return ColumnWidths.place(columns, wanted: wanted, shown: shown, available: width, spacing: columnSpacing)
    }

    /// What each column asks for (`ColumnWidths.wanted`), its content measured over `visibleRows`.
    private func wantedWidths(_ visibleRows: [TableRow]) -> [Int?] {
        let measured = contentWidths(visibleRows)
        return ColumnWidths.wanted(columns) { measured[$0] }
    }

    /// The widest text of each column whose `contentWidth` is not given, over `visibleRows`
    /// and the totals row (0 for the columns that give theirs).
    private func contentWidths(_ visibleRows: [TableRow]) -> [Int] {
        var widest = [Int](repeating: 0, count: columns.count)
        let measured = columns.indices.filter { columns[$0].contentWidth == nil }
        guard !measured.isEmpty else { return widest }
        for values in visibleRows + (totals.map { [$0] } ?? []) {
            guard case .cells(let cells) = values.content else { continue }
            for column in measured where column < cells.count {
                widest[column] = max(widest[column], cells[column].text.terminalWidth)
            }
        }
        return widest
    }

    private func draw(_ values: TableRow, y: Int, parts: Parts, placements: [ColumnPlacement], base: Style,
                      buffer: inout Buffer) {
        switch values.content {
        case .heading(let text):
            let rule = values.rule.map { String(repeating: String($0), count: max(0, parts.cells.width - text.terminalWidth)) } ?? ""
            buffer.write(text + rule, in: Rect(x: parts.cells.x, y: y, width: parts.cells.width, height: 1), style: base,
                         ellipsis: glyphs.ellipsis)
        case .cells(let cells):
            for placement in placements where placement.column < cells.count {
                let cell = cells[placement.column]
                let cellArea = Rect(x: parts.cells.x + placement.x, y: y, width: placement.width, height: 1)
                buffer.write(cell.text, in: cellArea.intersection(parts.cells), style: base.patched(with: cell.style),
                             alignment: columns[placement.column].alignment, ellipsis: glyphs.ellipsis)
            }
        }
    }
}
