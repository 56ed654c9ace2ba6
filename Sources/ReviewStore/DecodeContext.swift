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
