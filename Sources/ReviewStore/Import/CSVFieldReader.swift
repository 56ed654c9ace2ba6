import ReviewModel

/// Reads typed values from one record's fields, collecting an issue (row, column, what to
/// write) for each value that is not what its column holds.
struct CSVFieldReader {
    let records: CSVRecords
    let row: Int
    let fields: [String]
    private(set) var issues: [CSVImportIssue] = []

    init(_ records: CSVRecords, row: Int, fields: [String]) {
        self.records = records
        self.row = row
        self.fields = fields
    }

    mutating func fail(_ column: String, _ problem: String, _ fix: String) {
        issues.append(CSVImportIssue(row: row, column: column, problem: problem, fix: fix))
    }

    func text(_ column: String) -> String { records.value(fields, column) }

    /// A value that must be there.
    mutating func required(_ column: String, what: String) -> String? {
        let value = text(column)
        guard !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            fail(column, "empty", "write the \(what)")
            return nil
        }
        return value
    }

    /// £ millions as a plain number; nil when empty.
    mutating func money(_ column: String) -> Money?? {
        let value = text(column)
        guard !value.isEmpty else { return .some(nil) }
        guard Self.isPlainNumber(value), let decimal = DecimalText.parse(value) else {
            fail(column, "“\(value)” is not an amount", "write £ millions as a plain number with a point for decimals (271.3, -15), no £ or commas, or leave it empty")
            return nil
        }
        return .some(Money(millions: decimal))
    }

    /// A whole number of people, practices or PCNs; nil when empty.
    mutating func count(_ column: String) -> Int?? {
        let value = text(column)
        guard !value.isEmpty else { return .some(nil) }
        guard !value.isEmpty, value.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(value) else {
            fail(column, "“\(value)” is not a whole number", "write digits only (177841), no commas or spaces, or leave it empty")
            return nil
        }
        return .some(number)
    }

    /// "-15", "2909.3": digits, at most one point, an optional leading minus.
    static func isPlainNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.hasPrefix("-") { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// An ISO day (YYYY-MM-DD); nil when empty.
    mutating func day(_ column: String) -> CalendarDate?? {
        let value = text(column)
        guard !value.isEmpty else { return .some(nil) }
        guard let day = CalendarDate.parseISO(value) else {
            fail(column, "“\(value)” is not a day", "write the day as YYYY-MM-DD (2020-09-30), a day that exists, or leave it empty")
            return nil
        }
        return .some(day)
    }

    /// One of a set of words (the app's labels), ignoring case.
    mutating func word<Value>(_ column: String, _ choices: [(String, Value)], empty: Value? = nil) -> Value? {
        let value = text(column).trimmingCharacters(in: .whitespaces)
        if value.isEmpty, let empty { return empty }
        if let match = choices.first(where: { $0.0.lowercased() == value.lowercased() }) { return match.1 }
        fail(column, "“\(value)” is not one of the words this column holds", "write one of: \(choices.map(\.0).joined(separator: ", "))")
        return nil
    }

    /// A date as written and the day it sorts as, as the export writes them: "30 Sep 2020" or
    /// "2020-09-30" (a day), "Jun 2019" (a month), or any other words with the day they sort as
    /// ("Autumn 2019", 2019-10-01). Both empty: no date.
    mutating func flexibleDate(_ column: String, sortsAs sortColumn: String) -> FlexibleDate?? {
        let written = text(column).trimmingCharacters(in: .whitespaces)
        guard case .some(let sorts) = day(sortColumn) else { return nil }
        if written.isEmpty {
            return .some(sorts.map(FlexibleDate.day))
        }
        if let parsed = Self.writtenDay(written) {
            if let sorts, sorts != parsed {
                fail(sortColumn, "\(sorts.iso) is not the day \(column) gives (\(written))", "write \(parsed.iso), or leave it empty")
                return nil
            }
            return .some(.day(parsed))
        }
        if let (year, month) = Self.writtenMonth(written) {
            let first = CalendarDate(year: year, month: month, day: 1)
            if sorts == nil || sorts == first { return .some(.month(year: year, month: month)) }
        }
        guard let sorts else {
            fail(sortColumn, "empty, and \(column) (“\(written)”) is not a day or a month", "write the day “\(written)” sorts as, YYYY-MM-DD")
            return nil
        }
        return .some(.label(written, sortsAs: sorts))
    }

    /// "30 Sep 2020", "30 September 2020" or "2020-09-30".
    static func writtenDay(_ text: String) -> CalendarDate? {
        if let iso = CalendarDate.parseISO(text) { return iso }
        let parts = text.split(separator: " ")
        guard parts.count == 3, let day = Int(parts[0]), let month = MonthNames.number(of: String(parts[1])),
              parts[2].count == 4, let year = Int(parts[2]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// "Jun 2019", "June 2019" or "2019-06".
    static func writtenMonth(_ text: String) -> (Int, Int)? {
        if case .month(let year, let month)? = FlexibleDate.parseMonthISO(text) { return (year, month) }
        let parts = text.split(separator: " ")
        guard parts.count == 2, let month = MonthNames.number(of: String(parts[0])), parts[1].count == 4,
              let year = Int(parts[1]) else { return nil }
        return (year, month)
    }
}
