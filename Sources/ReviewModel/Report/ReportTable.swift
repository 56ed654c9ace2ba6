import Foundation

/// One table of the board paper, held once and written both as a Markdown table and as
/// a CSV file, so the two can never disagree. Values keep their type (money, count, day)
/// until they are written: Markdown shows them as the papers print them ("£2,909.3m",
/// "1,777,610", "30 Sep 2020"), CSV as plain numbers and ISO days ("2909.3", "1777610",
/// "2020-09-30").
public struct ReportTable: Hashable, Sendable {
    /// The CSV file's name without ".csv" ("tests"); empty for a table only the paper shows.
    public var name: String
    public var columns: [ReportColumn]
    public var rows: [[ReportValue]]
    /// Rows after the items (totals, ranks), shown in the Markdown paper only, each
    /// labelled by its first cell.
    public var footer: [[ReportValue]]

    public init(name: String, columns: [ReportColumn], rows: [[ReportValue]], footer: [[ReportValue]] = []) {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.footer = footer
    }

    /// Indices of the columns a format shows.
    func columnIndices(for format: ReportColumn.Presence) -> [Int] {
        columns.indices.filter { columns[$0].presence == .both || columns[$0].presence == format }
    }
}
