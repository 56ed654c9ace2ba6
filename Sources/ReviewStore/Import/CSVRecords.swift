import CSV

/// A CSV file read as records (with CSV.swift), checked against the columns an export table
/// writes: commas as separators, every expected column in the header and no other, the
/// header's number of fields in every record, line breaks only in free-text columns. A UTF-8
/// byte-order mark at the start (Excel's "CSV UTF-8" writes one) is skipped. Problems are collected, not thrown, so a user sees all of them at once.
struct CSVRecords {
    let header: [String]
    /// Each record with its row number (the header is row 1), blank lines left out.
    let rows: [(row: Int, fields: [String])]
    private(set) var issues: [CSVImportIssue] = []
    private let positions: [String: Int]

    /// Columns whose text may hold line breaks (written inside quotes).
    static let multilineColumns: Set<String> = ["description", "notes", "pros", "cons", "text", "judgement"]

    init(text: String, expected: [String]) {
        var body = text
        var found: [CSVImportIssue] = []
        // A spreadsheet's "CSV UTF-8" starts with a byte-order mark: it is not part of the header.
        if body.unicodeScalars.first == "\u{FEFF}" { body.unicodeScalars.removeFirst() }
        var records: [[String]] = []
        if let reader = try? CSVReader(string: body, hasHeaderRow: false) {
            while let record = reader.next() { records.append(record) }
        }
        var numbered: [(row: Int, fields: [String])] = []
        for (index, record) in records.enumerated() where !(record.count == 1 && record[0].isEmpty) {
            numbered.append((index + 1, record))
        }
        header = numbered.first?.fields ?? []
        rows = Array(numbered.dropFirst())
        var positions: [String: Int] = [:]
        for (index, name) in header.enumerated() where positions[name] == nil { positions[name] = index }
        self.positions = positions

        let headerText = expected.joined(separator: ",")
        if header.isEmpty {
            found.append(CSVImportIssue(row: 1, column: nil, problem: "the file is empty",
                                        fix: "the first row must be the header: \(headerText)"))
        } else if header.count == 1 && header[0].contains(";") {
            found.append(CSVImportIssue(row: 1, column: nil, problem: "the columns are separated by semicolons",
                                        fix: "save it with commas as separators (a spreadsheet's \"CSV UTF-8 (comma delimited)\")"))
        } else {
            for name in expected where positions[name] == nil {
                found.append(CSVImportIssue(row: 1, column: name, problem: "the header has no column \(name)",
                                            fix: "the header must be: \(headerText)"))
            }
            for name in header where !expected.contains(name) {
                found.append(CSVImportIssue(row: 1, column: name, problem: "\(name.isEmpty ? "an empty column name" : "an unknown column")",
                                            fix: "the header must be: \(headerText)"))
            }
            var seen = Set<String>()
            for name in header where !seen.insert(name).inserted {
                found.append(CSVImportIssue(row: 1, column: name, problem: "the column appears twice", fix: "keep one \(name) column"))
            }
        }
        if found.isEmpty {
            for (row, fields) in rows where fields.count != header.count {
                found.append(CSVImportIssue(row: row, column: nil,
                    problem: "\(fields.count) fields where the header has \(header.count)",
                    fix: "put a value (or nothing) between every comma, and quote a value that holds a comma: \"Smith, J\""))
            }
        }
        if found.isEmpty {
            for (row, fields) in rows {
                for (index, value) in fields.enumerated()
                where !Self.multilineColumns.contains(header[index]) && value.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
                    found.append(CSVImportIssue(row: row, column: header[index], problem: "a line break inside the field (a quote left open?)",
                                                fix: "write the value on one line, and close every opening quote"))
                }
            }
        }
        issues = found
    }

    /// The value in a named column of a record ("" when the column is absent).
    func value(_ fields: [String], _ column: String) -> String {
        guard let index = positions[column], fields.indices.contains(index) else { return "" }
        return fields[index]
    }
}
