import Foundation
import ReviewModel

/// Reads the fields of one JSON object, reporting wrong types and unknown fields with their paths.
///
/// An object has a handful of fields, so they are found by comparing keys in order (faster
/// than hashing them into a dictionary), and the object's JSON path is written out only when
/// a problem is reported: a 10 MB review has tens of thousands of objects and no problems.
final class ObjectReader {
    /// `$.milestones[12].date`: the parent's path, the key and the index, or the path given.
    var path: String {
        let base = parent.map { "\($0.path).\(key)" } ?? basePath
        return index.map { "\(base)[\($0)]" } ?? base
    }
    let line: Int
    private let basePath: String
    /// The object this one is a field (or list item) of, and under which key.
    private let parent: ObjectReader?
    private let key: String
    private let index: Int?
    /// The members as written; where a key repeats, the last one counts.
    private let members: [RawMember]
    /// Where the object ends in the document (after its closing brace).
    let end: RawNode
    private let context: DecodeContext
    /// Where this reader's requested keys start in `context.requestedKeys`: every key asked
    /// for, present or not, for the "known fields" of an unknown-field message.
    private let requestedStart: Int
    private var isFinished = false

    convenience init?(_ node: RawNode, path: String, context: DecodeContext) {
        self.init(node, path: path, parent: nil, key: "", index: nil, context: context)
    }

    /// The object under `key` of `parent` (the `index`th item when the key holds a list).
    convenience init?(_ node: RawNode, parent: ObjectReader, key: String, index: Int? = nil) {
        self.init(node, path: "", parent: parent, key: key, index: index, context: parent.context)
    }

    private init?(_ node: RawNode, path: String, parent: ObjectReader?, key: String, index: Int?,
                  context: DecodeContext) {
        self.basePath = path
        self.parent = parent
        self.key = key
        self.index = index
        self.requestedStart = context.requestedKeys.count
        self.line = node.line
        self.context = context
        guard context.document.isObject(node) else {
            self.members = []
            self.end = node
            context.error(self.path, node.line, "expected an object, found \(context.document.value(node).kindName)")
            return nil
        }
        let (list, end) = context.document.object(node)
        self.members = list
        self.end = end
        if list.count <= 16 {
            for i in list.indices where (0..<i).contains(where: { ObjectReader.sameKey(list[$0].key, list[i].key) }) {
                context.error("\(self.path).\(list[i].key)", list[i].node.line, "the field appears twice; keep one")
            }
        } else {
            var seen = Set<String>()
            for member in list where !seen.insert(member.key).inserted {
                context.error("\(self.path).\(member.key)", member.node.line, "the field appears twice; keep one")
            }
        }
    }

    deinit {
        if !isFinished { dropRequestedKeys() }
    }

    private func dropRequestedKeys() {
        if context.requestedKeys.count > requestedStart {
            context.requestedKeys.removeSubrange(requestedStart...)
        }
    }

    /// `a == b`, comparing lengths first (most keys differ in length, and that is cheaper to see).
    @inline(__always) static func sameKey(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a == b
    }

    /// The value of the last member with this key.
    private func member(_ key: String) -> RawNode? {
        var i = members.count - 1
        while i >= 0 {
            if ObjectReader.sameKey(members[i].key, key) { return members[i].node }
            i -= 1
        }
        return nil
    }

    /// Reports fields this program does not know, so a typo is never silently dropped on save.
    /// Linear in the object's members: an object of thousands of fields is checked with sets.
    func finish() {
        defer {
            dropRequestedKeys()
            isFinished = true
        }
        let requested = context.requestedKeys[min(requestedStart, context.requestedKeys.count)...]
        // Each unknown key once, with the value that counts (the last of a repeated key).
        var unknown: [(key: String, node: RawNode)] = []
        if members.count <= 16 {
            for (i, member) in members.enumerated() where !requested.contains(where: { ObjectReader.sameKey($0, member.key) })
                && !members[(i + 1)...].contains(where: { ObjectReader.sameKey($0.key, member.key) }) {
                unknown.append((member.key, member.node))
            }
        } else {
            let known = Set(requested)
            var position: [String: Int] = [:]
            for member in members where !known.contains(member.key) {
                if let at = position[member.key] {
                    unknown[at].node = member.node
                } else {
                    position[member.key] = unknown.count
                    unknown.append((member.key, member.node))
                }
            }
        }
        guard !unknown.isEmpty else { return }
        let known = Set(requested).sorted().joined(separator: ", ")
        let base = path
        for (key, node) in unknown.sorted(by: { $0.key < $1.key }) {
            context.error("\(base).\(key)", node.line, "unknown field \"\(key)\"; known fields here: \(known)")
        }
    }

    /// The value of a field (nil when it is missing or null), noting that the field was asked for.
    func node(_ key: String) -> RawNode? {
        context.requestedKeys.append(key)
        guard let node = member(key), !context.document.isNull(node) else { return nil }
        return node
    }

    private func content(_ node: RawNode) -> RawValue { context.document.value(node) }

    func fail(_ key: String, _ node: RawNode, _ message: String) {
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
        guard case .string(let text) = content(node) else {
            fail(key, node, "expected text in double quotes, found \(content(node).kindName)")
            return ""
        }
        return text
    }

    /// `string(key)` for a field that names a person or kind, whose text recurs across items.
    func name(_ key: String) -> String {
        context.shared(string(key))
    }

    func optionalString(_ key: String) -> String? {
        guard node(key) != nil else { return nil }
        let text = string(key)
        return text.isEmpty ? nil : text
    }

    func stringList(_ key: String) -> [String] {
        guard let node = node(key) else { return [] }
        guard context.document.isArray(node) else {
            fail(key, node, "expected a list of text, found \(content(node).kindName)")
            return []
        }
        var result: [String] = []
        for (i, item) in context.document.items(node).enumerated() {
            let itemValue = content(item)
            if case .string(let text) = itemValue { result.append(text) } else {
                context.error("\(path).\(key)[\(i)]", item.line, "expected text, found \(itemValue.kindName)")
            }
        }
        return result
    }

    func decimal(_ key: String, required: Bool = false) -> Decimal? {
        guard let node = node(key) else {
            if required { requireField(key) }
            return nil
        }
        guard case .number(let text) = content(node) else {
            if case .string(let written) = content(node), let plain = DecimalText.parse(written) {
                fail(key, node, "write numbers plainly, without quotes or commas, e.g. \(DecimalText.canonical(plain))")
                return nil
            }
            fail(key, node, "expected a number (without quotes), found \(content(node).kindName)")
            return nil
        }
        guard !text.utf8.contains(UInt8(ascii: "e")), !text.utf8.contains(UInt8(ascii: "E")) else {
            fail(key, node, "write the number \(text) in plain decimal form")
            return nil
        }
        guard let value = ExactDecimal.value(text) else {
            fail(key, node, "\(text) has more digits than can be kept exactly (at most 38 significant digits)")
            return nil
        }
        return value
    }

    func count(_ key: String) -> Int? {
        guard let node = node(key) else { return nil }
        let found = content(node)
        guard case .number(let text) = found, let value = Int(text) else {
            if case .number(let text) = found, !text.contains("."), !text.contains("e"), !text.contains("E") {
                fail(key, node, "\(text) is too large for a count")
            } else {
                fail(key, node, "expected a whole number, found \(describe(node))")
            }
            return nil
        }
        return value
    }

    /// An amount in £ millions. Money typed as a person writes it (`"£1,234.5"`, `"£2.5m"`) is
    /// refused with the plain number to write instead.
    func money(_ key: String, required: Bool = false) -> Money? {
        if let node = node(key), case .string(let text) = content(node) {
            fail(key, node, "write amounts as plain numbers in £ millions without quotes, e.g. \(Money.parse(text)?.plain ?? "1234.5")")
            return nil
        }
        return decimal(key, required: required).map { Money(millions: $0) }
    }

    func day(_ key: String, required: Bool = false) -> CalendarDate? {
        guard let node = node(key) else {
            if required { requireField(key) }
            return nil
        }
        guard case .string(let text) = content(node) else {
            fail(key, node, "expected a date like \"2020-09-30\", found \(content(node).kindName)")
            return nil
        }
        return DateReading.day(text) { self.fail(key, node, $0) }
    }

    /// A date at the paper's precision: `"2019-06"`, `"2019/20"`, `"by 2019-12-31"`, ... or, with
    /// the paper's words, `{"label": "Autumn 2019", "when": "2019-09 to 2019-11"}`. A version-1
    /// `{"label": ..., "sortsAs": ...}` is read as its label implies (`VersionOneDate`).
    func flexibleDate(_ key: String, required: Bool = false) -> FlexibleDate? {
        guard let node = node(key) else {
            if required { requireField(key) }
            return nil
        }
        switch content(node) {
        case .string(let text):
            switch FlexibleDate.parse(text) {
            case .success(let date): return date
            case .failure(let error):
                fail(key, node, error.message)
                return nil
            }
        case .object:
            guard let inner = ObjectReader(node, parent: self, key: key) else { return nil }
            defer { inner.finish() }
            let label = inner.string("label")
            if context.schemaVersion < 2 {
                let sorts = inner.day("sortsAs", required: true)
                if label.isEmpty { inner.requireField("label") }
                guard let sorts, !label.isEmpty else { return nil }
                return VersionOneDate.migrate(label: label, sortsAs: sorts)
            }
            guard let whenNode = inner.node("when") else { return .undated(label: label) }
            guard case .string(let text) = content(whenNode) else {
                inner.fail("when", whenNode, "expected a date in double quotes, found \(content(whenNode).kindName); \(FlexibleDate.acceptedForms)")
                return nil
            }
            switch FlexibleDate.parse(text) {
            case .success(let date): return date.labelled(label)
            case .failure(let error):
                inner.fail("when", whenNode, error.message)
                return nil
            }
        default:
            fail(key, node, "expected a date in double quotes, or {\"label\": the paper's words, \"when\": a date}, found "
                + "\(content(node).kindName); \(FlexibleDate.acceptedForms)")
            return nil
        }
    }

    func financialYear(_ key: String, required: Bool = false) -> FinancialYear? {
        let text = string(key, required: required)
        if text.isEmpty { return nil }
        // Digits only: Int() would also take "+555/56" or "-001/00".
        guard text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "/") }), let year = FinancialYear(text) else {
            if let node = member(key) { fail(key, node, "\"\(text)\" is not a financial year; write it as 2019/20") }
            return nil
        }
        return year
    }

    func choice<E: RawRepresentable & CaseIterable>(_ key: String, default fallback: E) -> E where E.RawValue == String {
        guard let node = node(key) else { return fallback }
        guard case .string(let text) = content(node), let value = E(rawValue: text) else {
            let allowed = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            fail(key, node, "expected one of \(allowed), found \(describe(node))")
            return fallback
        }
        return value
    }

    /// A status field: from version 2 on it must be given (a missing status is an error naming
    /// the allowed values); a version-1 file that left it out reads as `versionOneDefault`.
    func status<E: RawRepresentable & CaseIterable>(_ key: String, versionOneDefault: E) -> E where E.RawValue == String {
        if context.schemaVersion >= 2 && member(key) == nil {
            let allowed = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            context.error("\(path).\(key)", line, "is missing; add \"\(key)\": one of \(allowed)")
        }
        return choice(key, default: versionOneDefault)
    }

    func object(_ key: String) -> ObjectReader? {
        guard let node = node(key) else { return nil }
        return ObjectReader(node, parent: self, key: key)
    }

    func list<T>(_ key: String, _ read: (ObjectReader) -> T?) -> [T] { collect(key, read) }

    /// A long list of the review (milestones, tests, actions, budget lines), in chunks.
    func chunkedList<T>(_ key: String, _ read: (ObjectReader) -> T?) -> ChunkedArray<T> { collect(key, read) }

    /// The list at `key`, read item by item.
    private func collect<List: RangeReplaceableCollection>(_ key: String, _ read: (ObjectReader) -> List.Element?) -> List {
        guard let node = node(key) else { return List() }
        guard context.document.isArray(node) else {
            fail(key, node, "expected a list, found \(content(node).kindName)")
            return List()
        }
        let document = context.document
        var result = List()
        result.reserveCapacity(document.count(node))
        // Item after item: reading one finds where the next starts. The items read so far are
        // not looked at again: their memory goes back as the list is read.
        var next = document.firstItem(node)
        var released = next?.offset ?? 0
        var i = 0
        while let item = next {
            if item.offset - released >= RawDocument.releaseStep {
                document.release(released..<item.offset)
                released = item.offset
            }
            let end: RawNode
            if let reader = ObjectReader(item, parent: self, key: key, index: i) {
                if let value = read(reader) { result.append(value) }
                reader.finish()
                end = reader.end
            } else {
                end = document.end(of: item)
            }
            next = document.item(after: end)
            i += 1
        }
        return result
    }

    private func describe(_ node: RawNode) -> String {
        switch content(node) {
        case .string(let text): return "\"\(text)\""
        case .number(let text): return text
        default: return content(node).kindName
        }
    }
}
