/// Selection and scroll position of a table, kept by the caller between frames.
public struct TableState: Hashable, Sendable {
    /// Row selection and vertical scroll.
    public var rows: ListState
    /// How many scrollable (non-frozen) columns are scrolled off to the left.
    public var columnOffset: Int
    /// The selected column (an index into the table's columns), kept in view when the table
    /// scrolls sideways; nil when whole rows are selected.
    public var selectedColumn: Int?

    public init(rows: ListState = ListState(), columnOffset: Int = 0, selectedColumn: Int? = nil) {
        self.rows = rows
        self.columnOffset = max(0, columnOffset)
        self.selectedColumn = selectedColumn
    }

    /// Scrolls the non-frozen columns by `delta`, staying within `0..<scrollableColumns`.
    public mutating func scrollColumns(by delta: Int, scrollableColumns: Int) {
        columnOffset = min(max(columnOffset + delta, 0), max(0, scrollableColumns - 1))
    }
}
