/// A table column: title, width limits, the width its content wants, priority and alignment.
///
/// `contentWidth` is the widest value the column holds. The caller computes it when the
/// data changes (never per frame: `TableColumn.widest(_:)` measures a sequence once) and
/// keeps it beside the data; nil measures only the rows on screen, for small tables.
/// The column wants `max(title, contentWidth)` clamped to `minWidth...maxWidth`. A column
/// whose content is empty collapses (it is not drawn at all) unless `keepsWhenEmpty`.
/// When the table is too narrow for every column at its minimum, the lowest `priority`
/// columns are left out first (the rightmost among equals); spare width goes to the
/// columns that are cut, and what is left after every column has its wanted width goes
/// to the `fills` columns.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var minWidth: Int
    public var maxWidth: Int
    public var alignment: TextAlignment
    public var contentWidth: Int?
    public var priority: Int
    public var fills: Bool
    public var keepsWhenEmpty: Bool

    public init(_ title: String, minWidth: Int = 1, maxWidth: Int = 40, alignment: TextAlignment = .left,
                contentWidth: Int? = nil, priority: Int = 0, fills: Bool = false, keepsWhenEmpty: Bool = false) {
        self.title = title
        self.minWidth = max(0, minWidth)
        self.maxWidth = max(self.minWidth, maxWidth)
        self.alignment = alignment
        self.contentWidth = contentWidth.map { max(0, $0) }
        self.priority = priority
        self.fills = fills
        self.keepsWhenEmpty = keepsWhenEmpty
    }

    /// A right-aligned column for numbers and money.
    public static func numeric(_ title: String, minWidth: Int = 1, maxWidth: Int = 16, contentWidth: Int? = nil,
                               priority: Int = 0) -> TableColumn {
        TableColumn(title, minWidth: minWidth, maxWidth: maxWidth, alignment: .right, contentWidth: contentWidth,
                    priority: priority)
    }

    /// `width` clamped to this column's limits.
    public func clampedWidth(_ width: Int) -> Int {
        min(max(width, minWidth), maxWidth)
    }

    /// The width of the widest text in `values`: a column's `contentWidth`, measured once
    /// when the data changes.
    public static func widest<Values: Sequence>(_ values: Values) -> Int where Values.Element == String {
        values.reduce(0) { max($0, $1.terminalWidth) }
    }
}
