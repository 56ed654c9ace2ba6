import Foundation

/// A column: its heading in the paper, its CSV header name, and whether it holds numbers.
public struct ReportColumn: Hashable, Sendable {
    public enum Presence: Hashable, Sendable {
        case both
        /// Shown in the Markdown paper only.
        case markdown
        /// Written to the CSV file only (ids, ISO sort dates, notes).
        case csv
    }

    public var title: String
    public var csvName: String
    /// Numbers are right-aligned in the paper (`---:`) and have no currency symbol or
    /// thousands separator in CSV.
    public var isNumeric: Bool
    public var presence: Presence

    public init(_ title: String, csv csvName: String, numeric: Bool = false, _ presence: Presence = .both) {
        self.title = title
        self.csvName = csvName
        self.isNumeric = numeric
        self.presence = presence
    }

    /// A column for the CSV file only.
    public static func csvOnly(_ csvName: String, numeric: Bool = false) -> ReportColumn {
        ReportColumn(csvName, csv: csvName, numeric: numeric, .csv)
    }
}
