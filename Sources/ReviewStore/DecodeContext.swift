import ReviewModel

/// Collects every problem found while reading a document, rather than stopping at the first.
final class DecodeContext {
    /// The document being read.
    let document: RawDocument
    var problems: [LocatedIssue] = []
    /// The file's `schemaVersion`: older versions are read as they were written and upgraded.
    var schemaVersion = Review.currentSchemaVersion
    /// The keys each open reader has asked for, innermost reader's last (one shared list rather
    /// than one per object: a reader's keys are dropped when it finishes).
    @exclusivity(unchecked) var requestedKeys: [String] = []

    /// Texts that recur across items (owners, people): one copy of each is kept.
    private var names = Set<String>()

    init(document: consuming RawDocument) { self.document = document }

    /// The copy of `text` already kept, if any: a review names the same few owners on
    /// thousands of items, and each would otherwise hold its own copy of the text. Only ASCII
    /// text is shared, where equal means the same bytes (Unicode-equivalent text in different
    /// forms must keep its own bytes); short text is held inline anyway.
    func shared(_ text: String) -> String {
        guard text.utf8.count > 15, names.count < 4_096, DecodeContext.isASCII(text) else { return text }
        return names.insert(text).memberAfterInsert
    }

    private static func isASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in bytes.reduce(0, |) < 0x80 } ?? text.utf8.allSatisfy { $0 < 0x80 }
    }

    func error(_ path: String, _ line: Int, _ message: String) {
        problems.append(LocatedIssue(ValidationIssue(.error, path, message), line: line))
    }
}

/// Day parsing with a reason for every refusal.
enum DateReading {
    static func day(_ text: String, fail: (String) -> Void) -> CalendarDate? {
        if let date = CalendarDate.parseISO(text) { return date }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, let y = Int(parts[0]), Int(parts[1]) != nil, Int(parts[2]) != nil, !(1...9999).contains(y) {
            fail("\(text) is not a real date: years run from 0001 to 9999")
        } else if parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m) {
            fail("\(text) is not a real date: \(MonthNames.long[m - 1]) \(y) has \(CalendarDate.daysIn(month: m, year: y)) days (asked for day \(d))")
        } else {
            fail("\"\(text)\" is not a date; write it as YYYY-MM-DD, e.g. 2020-09-30")
        }
        return nil
    }
}
