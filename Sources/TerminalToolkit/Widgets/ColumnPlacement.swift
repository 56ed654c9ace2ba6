/// Where one column of a table lands: its index, x offset within the cells area and width.
public struct ColumnPlacement: Hashable, Sendable {
    /// Index into the table's columns.
    public var column: Int
    /// Offset from the left of the cells area.
    public var x: Int
    public var width: Int
}
