/// A table column: title, width limits and alignment.
///
/// The drawn width fits the header, the visible rows and the totals row, clamped to
/// `minWidth...maxWidth`; set both to the same value for a fixed width.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var minWidth: Int
    public var maxWidth: Int
    public var alignment: TextAlignment

    public init(_ title: String, minWidth: Int = 1, maxWidth: Int = 40, alignment: TextAlignment = .left) {
        self.title = title
        self.minWidth = max(0, minWidth)
        self.maxWidth = max(self.minWidth, maxWidth)
        self.alignment = alignment
    }

    /// A right-aligned column for numbers and money.
    public static func numeric(_ title: String, minWidth: Int = 1, maxWidth: Int = 16) -> TableColumn {
        TableColumn(title, minWidth: minWidth, maxWidth: maxWidth, alignment: .right)
    }

    /// `width` clamped to this column's limits.
    public func clampedWidth(_ width: Int) -> Int {
        min(max(width, minWidth), maxWidth)
    }
}
