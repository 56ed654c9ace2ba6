/// One row of a `Table`: cells under the columns, or a heading across the whole width
/// (a month, a section) that cannot be selected.
public struct TableRow: Sendable {
    public enum Content: Sendable {
        case cells([TableCell])
        case heading(String)
    }

    public var content: Content
    /// Laid under every cell's own style.
    public var style: Style

    public init(_ cells: [TableCell], style: Style = .plain) {
        content = .cells(cells)
        self.style = style
    }

    /// A row of plain cells.
    public init(texts: [String], style: Style = .plain) {
        self.init(texts.map { TableCell($0) }, style: style)
    }

    public static func heading(_ text: String, style: Style = .bold) -> TableRow {
        var row = TableRow([], style: style)
        row.content = .heading(text)
        return row
    }

    public var isHeading: Bool {
        if case .heading = content { return true }
        return false
    }
}
