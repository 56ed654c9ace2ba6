import ReviewModel

/// Searches every text field of the review, case-insensitively, in pane order.
///
/// A field matches when `field.lowercased().contains(query.lowercased())`. Fields are tested
/// one at a time, stopping at the first match, and ASCII text is compared byte by byte
/// without building a lowercased copy (same answer, no allocation), so a search over
/// 100,000 items takes milliseconds.
public enum ReviewSearch {
    public static func hits(for query: String, in review: Review) -> [ItemRef] {
        let matcher = Matcher(query)
        guard !matcher.needle.isEmpty else { return [] }
        func matches(_ field: String) -> Bool { matcher.matches(field) }
        var hits: [ItemRef] = []
        for (i, m) in review.milestones.enumerated()
        where matches(m.title) || matches(m.owner) || matches(m.notes) || matches(m.date.display) || matches(m.id)
            || matches(m.status.label) { hits.append(.milestone(i)) }
        for (i, t) in review.mergerTests.enumerated() {
            if matches(t.title) || matches(t.description) || matches(t.owner) || matches(t.notes) || matches(t.id)
                || matches(t.rag.label) || matches(t.status.label) { hits.append(.test(i)) }
            for (j, e) in t.evidence.enumerated() where matches(e.title) || matches(e.reference) || matches(e.id) {
                hits.append(.evidence(test: i, item: j))
            }
        }
        let appraisal = review.appraisal
        for (i, c) in appraisal.criteria.enumerated() where matches(c.title) || matches(c.description) || matches(c.id) {
            hits.append(.criterion(i))
        }
        for (i, o) in appraisal.options.enumerated() {
            if matches(o.title) || matches(o.description) || matches(o.id) || o.pros.contains(where: matches)
                || o.cons.contains(where: matches) { hits.append(.option(i)) }
        }
        let optionIndex = Dictionary(appraisal.options.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let criterionIndex = Dictionary(appraisal.criteria.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for cell in appraisal.cells where matches(cell.judgement) {
            if let o = optionIndex[cell.optionId], let c = criterionIndex[cell.criterionId] { hits.append(.cell(option: o, criterion: c)) }
        }
        for (i, o) in review.programme.organisations.enumerated()
        where matches(o.name) || matches(o.kind) || matches(o.accountableOfficer) || matches(o.chair) || matches(o.notes)
            || matches(o.id) { hits.append(.organisation(i)) }
        for (i, p) in review.programme.places.enumerated() where matches(p.name) || matches(p.notes) || matches(p.id) {
            hits.append(.place(i))
        }
        for (i, l) in review.budgets.lines.enumerated() where matches(l.notes) || matches(l.id) { hits.append(.budgetLine(i)) }
        for (i, r) in review.recommendations.enumerated() where matches(r.text) || matches(r.minute) || matches(r.id) {
            hits.append(.recommendation(i))
        }
        for (i, a) in review.actions.enumerated() where matches(a.title) || matches(a.owner) || matches(a.notes) || matches(a.id) {
            hits.append(.action(i))
        }
        return hits
    }

    /// `field.lowercased().contains(needle)`, with a fast path for ASCII.
    struct Matcher {
        /// The query, lowercased.
        let needle: String
        /// The needle's bytes when it is ASCII without line breaks: then, for an ASCII field,
        /// every byte is a whole character and lowercasing is per byte, so comparing bytes
        /// gives the same answer as comparing characters.
        private let asciiNeedle: [UInt8]?

        init(_ query: String) {
            needle = query.lowercased()
            let bytes = Array(needle.utf8)
            asciiNeedle = bytes.allSatisfy { $0 < 0x80 && $0 != 0x0A && $0 != 0x0D } ? bytes : nil
        }

        func matches(_ field: String) -> Bool {
            if let asciiNeedle, let answer = Matcher.asciiContains(field, asciiNeedle) { return answer }
            return field.lowercased().contains(needle)
        }

        /// nil when the field is not ASCII (the caller then compares characters).
        static func asciiContains(_ field: String, _ needle: [UInt8]) -> Bool? {
            var field = field
            return field.withUTF8 { haystack -> Bool? in
                var isASCII = true
                var found = false
                let count = haystack.count, length = needle.count
                var i = 0
                while i < count {
                    let byte = haystack[i]
                    if byte >= 0x80 { isASCII = false; break }
                    if !found && i + length <= count {
                        var j = 0
                        while j < length && lower(haystack[i + j]) == needle[j] { j += 1 }
                        if j == length { found = true }
                    }
                    i += 1
                }
                return isASCII ? found : nil
            }
        }

        @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
            byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
    }
}
