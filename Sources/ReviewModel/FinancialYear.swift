/// An NHS financial year such as 2019/20 (1 April to 31 March).
public struct FinancialYear: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let startYear: Int

    public init(startYear: Int) { self.startYear = startYear }

    /// Parses "2019/20"; the second part must be the following year.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let start = Int(parts[0]), let end = Int(parts[1]), (start + 1) % 100 == end else { return nil }
        startYear = start
    }

    public var description: String { "\(startYear)/\(CalendarDate.pad((startYear + 1) % 100, 2))" }

    public static func < (lhs: FinancialYear, rhs: FinancialYear) -> Bool { lhs.startYear < rhs.startYear }
}
