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
    /// A word or symbol shown in the marker column beside the row ("~" for a changed item),
    /// after the selection marker on the selected row; empty for none.
    public var mark: String = ""
    /// For a heading, the character repeated after its text to the end of the row (a rule
    /// line, such as "── as of 9 Jan 2020 ────"); nil for none.
    public var rule: Character?

    public init(_ cells: [TableCell], style: Style = .plain, mark: String = "") {
        content = .cells(cells)
        self.style = style
        self.mark = mark
    }

    /// A row of plain cells.
    public init(texts: [String], style: Style = .plain) {
        self.init(texts.map { TableCell($0) }, style: style)
    }

    public static func heading(_ text: String, style: Style = .bold, rule: Character? = nil) -> TableRow {
        var row = TableRow([], style: style)
        row.content = .heading(text)
        row.rule = rule
        return row
    }

    public var isHeading: Bool {
        if case .heading = content { return true }
        return false
    }
}
