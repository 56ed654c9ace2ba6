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
        guard !value.trimmingSpaces.isEmpty else {
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
        let value = text(column).trimmingSpaces
        if value.isEmpty, let empty { return empty }
        if let match = choices.first(where: { $0.0.lowercased() == value.lowercased() }) { return match.1 }
        fail(column, "“\(value)” is not one of the words this column holds", "write one of: \(choices.map(\.0).joined(separator: ", "))")
        return nil
    }

    /// A date from the columns the export writes: the value (`date_value`, in the form files
    /// hold: "2019-06", "2019-09 to 2019-11", "by 2019-12-31", "undated", or any form the editor
    /// reads) and the paper's words for it (`date_label`, "Autumn 2019", empty when none). The
    /// date as shown (`date`) is for people and is not read back. An empty value: no date.
    mutating func flexibleDate(value valueColumn: String, label labelColumn: String) -> FlexibleDate?? {
        let valueText = text(valueColumn).trimmingSpaces
        let label = text(labelColumn).trimmingSpaces
        if valueText.isEmpty {
            if !label.isEmpty {
                fail(valueColumn, "empty, with the words “\(label)” in \(labelColumn)",
                     "write the date they stand for (2019-09 to 2019-11, 2019/20, undated)")
                return nil
            }
            return .some(nil)
        }
        switch FlexibleDate.parse(valueText) {
        case .failure(let error):
            fail(valueColumn, "“\(valueText)” is not a date: \(error.reason)", FlexibleDate.acceptedForms)
            return nil
        case .success(let date):
            return .some(date.labelled(label.isEmpty ? nil : label))
        }
    }
}
