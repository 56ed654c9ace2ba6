import ReviewModel

public struct SearchState: Hashable, Sendable {
    public var query = ""
    public var hits: [ItemRef] = []
    public var current: Int?
}

/// Searches every text field of the review, case-insensitively, in pane order.
public enum ReviewSearch {
    public static func hits(for query: String, in review: Review) -> [ItemRef] {
        let needle = query.lowercased()
        guard !needle.isEmpty else { return [] }
        func matchesAny(_ fields: [String]) -> Bool { fields.contains { $0.lowercased().contains(needle) } }
        func matches(_ fields: String...) -> Bool { matchesAny(fields) }
        var hits: [ItemRef] = []
        for (i, m) in review.milestones.enumerated()
        where matches(m.title, m.owner, m.notes, m.date.display, m.id, m.status.label) { hits.append(.milestone(i)) }
        for (i, t) in review.mergerTests.enumerated() {
            if matches(t.title, t.description, t.owner, t.notes, t.id, t.rag.label, t.status.label) { hits.append(.test(i)) }
            for (j, e) in t.evidence.enumerated() where matches(e.title, e.reference, e.id) {
                hits.append(.evidence(test: i, item: j))
            }
        }
        let appraisal = review.appraisal
        for (i, c) in appraisal.criteria.enumerated() where matches(c.title, c.description, c.id) { hits.append(.criterion(i)) }
        for (i, o) in appraisal.options.enumerated() {
            if matchesAny([o.title, o.description, o.id] + o.pros + o.cons) { hits.append(.option(i)) }
        }
        let optionIndex = Dictionary(appraisal.options.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let criterionIndex = Dictionary(appraisal.criteria.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for cell in appraisal.cells where matches(cell.judgement) {
            if let o = optionIndex[cell.optionId], let c = criterionIndex[cell.criterionId] { hits.append(.cell(option: o, criterion: c)) }
        }
        for (i, o) in review.programme.organisations.enumerated()
        where matches(o.name, o.kind, o.accountableOfficer, o.chair, o.notes, o.id) { hits.append(.organisation(i)) }
        for (i, p) in review.programme.places.enumerated() where matches(p.name, p.notes, p.id) { hits.append(.place(i)) }
        for (i, l) in review.budgets.lines.enumerated() where matches(l.notes, l.id) { hits.append(.budgetLine(i)) }
        for (i, r) in review.recommendations.enumerated() where matches(r.text, r.minute, r.id) { hits.append(.recommendation(i)) }
        for (i, a) in review.actions.enumerated() where matches(a.title, a.owner, a.notes, a.id) { hits.append(.action(i)) }
        return hits
    }
}
