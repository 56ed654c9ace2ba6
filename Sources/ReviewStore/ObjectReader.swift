import Foundation
import ReviewModel

/// Collects every problem found while reading a document, rather than stopping at the first.
final class DecodeContext {
    var problems: [LocatedIssue] = []

    func error(_ path: String, _ line: Int, _ message: String) {
        problems.append(LocatedIssue(ValidationIssue(.error, path, message), line: line))
    }
}

/// Reads the fields of one JSON object, reporting wrong types and unknown fields with their paths.
final class ObjectReader {
    let path: String
    let line: Int
    private let members: [String: JSONNode]
    private let context: DecodeContext
    private var used = Set<String>()

    init?(_ node: JSONNode, path: String, context: DecodeContext) {
        guard case .object(let list) = node.value else {
            context.error(path, node.line, "expected an object, found \(node.value.kindName)")
            return nil
        }
        var dictionary: [String: JSONNode] = [:]
        for member in list {
            if dictionary[member.key] != nil {
                context.error("\(path).\(member.key)", member.node.line, "the field appears twice; keep one")
            }
            dictionary[member.key] = member.node
        }
        self.members = dictionary
        self.path = path
        self.line = node.line
        self.context = context
    }

    /// Reports fields this program does not know, so a typo is never silently dropped on save.
    func finish() {
        for key in members.keys.sorted() where !used.contains(key) {
            let known = used.sorted().joined(separator: ", ")
            context.error("\(path).\(key)", members[key]?.line ?? line, "unknown field \"\(key)\"; known fields here: \(known)")
        }
    }

    func node(_ key: String) -> JSONNode? {
        used.insert(key)
        guard let node = members[key], node.value != .null else { return nil }
        return node
    }

    func fail(_ key: String, _ node: JSONNode, _ message: String) {
        context.error("\(path).\(key)", node.line, message)
    }

    func requireField(_ key: String) {
        context.error("\(path).\(key)", line, "is missing; add \"\(key)\"")
    }

    func string(_ key: String, required: Bool = false) -> String {
        guard let node = node(key) else {
            if required { requireField(key) }
            return ""
        }
        guard case .string(let text) = node.value else {
            fail(key, node, "expected text in double quotes, found \(node.value.kindName)")
            return ""
        }
        return text
    }

    func optionalString(_ key: String) -> String? {
        guard node(key) != nil else { return nil }
        let text = string(key)
        return text.isEmpty ? nil : text
    }

    func stringList(_ key: String) -> [String] {
        guard let node = node(key) else { return [] }
        guard case .array(let items) = node.value else {
            fail(key, node, "expected a list of text, found \(node.value.kindName)")
            return []
        }
        var result: [String] = []
        for (i, item) in items.enumerated() {
            if case .string(let text) = item.value { result.append(text) } else {
                context.error("\(path).\(key)[\(i)]", item.line, "expected text, found \(item.value.kindName)")
            }
        }
        return result
    }

    func decimal(_ key: String, required: Bool = false) -> Decimal? {
        guard let node = node(key) else {
            if required { requireField(key) }
            return nil
        }
        guard case .number(let text) = node.value else {
            fail(key, node, "expected a number (without quotes), found \(node.value.kindName)")
            return nil
        }
        guard !text.contains("e"), !text.contains("E") else {
            fail(key, node, "write the number \(text) in plain decimal form")
            return nil
        }
        // Exactly as written or not at all: Decimal keeps 38 significant digits and would
        // otherwise round the rest away without a word.
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")),
              DecimalText.canonical(value) == ObjectReader.canonicalNumberText(text) else {
            fail(key, node, "\(text) has more digits than can be kept exactly (at most 38 significant digits)")
            return nil
        }
        return value
    }

    /// A plain JSON number without redundant zeros or sign, as DecimalText.canonical writes it.
    static func canonicalNumberText(_ text: String) -> String {
        var body = Substring(text)
        let negative = body.hasPrefix("-")
        if negative { body = body.dropFirst() }
        var whole = body
        var fraction: Substring = ""
        if let dot = body.firstIndex(of: ".") {
            whole = body[..<dot]
            fraction = body[body.index(after: dot)...]
        }
        whole = whole.drop { $0 == "0" }
        while fraction.last == "0" { fraction = fraction.dropLast() }
        var result = whole.isEmpty ? "0" : String(whole)
        if !fraction.isEmpty { result += "." + fraction }
        return negative && result != "0" ? "-" + result : result
    }

    func count(_ key: String) -> Int? {
        guard let node = node(key) else { return nil }
        guard case .number(let text) = node.value, let value = Int(text) else {
            if case .number(let text) = node.value, !text.contains("."), !text.contains("e"), !text.contains("E") {
                fail(key, node, "\(text) is too large for a count")
            } else {
                fail(key, node, "expected a whole number, found \(describe(node))")
            }
            return nil
        }
        return value
    }

    func integer(_ key: String) -> Int? { count(key) }

    func money(_ key: String, required: Bool = false) -> Money? {
        decimal(key, required: required).map { Money(millions: $0) }
    }

    func day(_ key: String, required: Bool = false) -> CalendarDate? {
        guard let node = node(key) else {
            if required { requireField(key) }
            return nil
        }
        guard case .string(let text) = node.value else {
            fail(key, node, "expected a date like \"2020-09-30\", found \(node.value.kindName)")
            return nil
        }
        return DateReading.day(text) { self.fail(key, node, $0) }
    }

    func flexibleDate(_ key: String, required: Bool = false) -> FlexibleDate? {
        guard let node = node(key) else {
            if required { requireField(key) }
            return nil
        }
        switch node.value {
        case .string(let text):
            if text.count == 7 {
                guard let month = FlexibleDate.parseMonthISO(text) else {
                    fail(key, node, "\"\(text)\" is not a month; write it as YYYY-MM, e.g. 2019-06")
                    return nil
                }
                return month
            }
            return DateReading.day(text) { self.fail(key, node, $0) }.map { .day($0) }
        case .object:
            guard let inner = ObjectReader(node, path: "\(path).\(key)", context: context) else { return nil }
            let label = inner.string("label", required: true)
            let sorts = inner.day("sortsAs", required: true)
            inner.finish()
            guard let sorts, !label.isEmpty else { return nil }
            return .label(label, sortsAs: sorts)
        default:
            fail(key, node, "expected a date (\"2020-09-30\", \"2020-09\" or {\"label\": ..., \"sortsAs\": ...}), found \(node.value.kindName)")
            return nil
        }
    }

    func financialYear(_ key: String, required: Bool = false) -> FinancialYear? {
        let text = string(key, required: required)
        if text.isEmpty { return nil }
        // Digits only: Int() would also take "+555/56" or "-001/00".
        guard text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "/") }), let year = FinancialYear(text) else {
            if let node = members[key] { fail(key, node, "\"\(text)\" is not a financial year; write it as 2019/20") }
            return nil
        }
        return year
    }

    func choice<E: RawRepresentable & CaseIterable>(_ key: String, default fallback: E) -> E where E.RawValue == String {
        guard let node = node(key) else { return fallback }
        guard case .string(let text) = node.value, let value = E(rawValue: text) else {
            let allowed = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            fail(key, node, "expected one of \(allowed), found \(describe(node))")
            return fallback
        }
        return value
    }

    func object(_ key: String) -> ObjectReader? {
        guard let node = node(key) else { return nil }
        return ObjectReader(node, path: "\(path).\(key)", context: context)
    }

    func list<T>(_ key: String, _ read: (ObjectReader) -> T?) -> [T] {
        guard let node = node(key) else { return [] }
        guard case .array(let items) = node.value else {
            fail(key, node, "expected a list, found \(node.value.kindName)")
            return []
        }
        var result: [T] = []
        result.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            guard let reader = ObjectReader(item, path: "\(path).\(key)[\(i)]", context: context) else { continue }
            if let value = read(reader) { result.append(value) }
            reader.finish()
        }
        return result
    }

    private func describe(_ node: JSONNode) -> String {
        switch node.value {
        case .string(let text): return "\"\(text)\""
        case .number(let text): return text
        default: return node.value.kindName
        }
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
