/// One thing wrong in a CSV file being imported: where (the row as a spreadsheet numbers it,
/// the header being row 1, and the column's header name), what is wrong and what to write.
public struct CSVImportIssue: Hashable, Sendable, CustomStringConvertible {
    public var row: Int
    /// The column's header name; nil when the problem is the whole row or file.
    public var column: String?
    public var problem: String
    public var fix: String

    public init(row: Int, column: String?, problem: String, fix: String) {
        self.row = row
        self.column = column
        self.problem = problem
        self.fix = fix
    }

    /// "row 4, column allocation_gbp_m: “n/a” is not an amount; write ..."
    public var description: String {
        "row \(row)" + (column.map { ", column \($0)" } ?? "") + ": \(problem); \(fix)"
    }
}
