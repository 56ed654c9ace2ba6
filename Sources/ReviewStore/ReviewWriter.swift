import Foundation
import ReviewModel

/// Writes a review as JSON text directly, without building a tree first, so a save needs no
/// memory beyond the text. Optional fields are omitted when empty; every object's fields are
/// written with their keys sorted by UTF-8, so files diff cleanly. (The tests compare it with a
/// tree encoder and printer of their own.)
enum ReviewWriter {
    static func write(_ review: Review) -> [UInt8] {
        var w = JSONTextWriter()
        w.out.reserveCapacity(room(for: review))
        document(review, &w)
        return w.out
    }

    /// Room for the whole text at once (a generous 512 bytes an item): growing by doubling
    /// would briefly hold the old and the new copy. Room not written to takes no memory.
    static func room(for review: Review) -> Int {
        let items = review.milestones.count + review.mergerTests.reduce(0) { $0 + 1 + $1.evidence.count }
            + review.actions.count + review.recommendations.count + review.budgets.lines.count
            + review.appraisal.cells.count + review.appraisal.options.count + review.appraisal.criteria.count
            + review.programme.organisations.count + review.programme.places.count
            + review.history.reduce(0) { $0 + 1 + $1.changes.count }
        return (1 << 16) + 512 * items
    }

    /// The same text handed to `drain` in parts of about `chunkSize` bytes (a part ends at the
    /// end of a member or list item), so the whole text is never in memory at once.
    static func write(_ review: Review, chunkSize: Int, drain: @escaping ([UInt8]) -> Void) {
        var w = JSONTextWriter()
        w.out.reserveCapacity(min(chunkSize, 1 << 20) * 5 / 4)
        w.chunkSize = chunkSize
        w.drain = drain
        document(review, &w)
        w.flush()
    }

    /// The text of `review` with one more history entry, handed to `drain` in parts as
    /// `write(_:chunkSize:drain:)` does, from one encoding that also hashes the text without
    /// history (as `ReviewCodec.contentHash` gives it: `[]` in the history's place). That hash
    /// belongs in the entry, which comes before the text after it: the entry's content hash is
    /// written as sixteen zeros, for the caller to write the hash's digits over at `hashOffset`.
    /// Returns the hash, that offset, the text's length and the history with the hash in the entry.
    static func write(_ review: Review, addingEntry entry: HistoryEntry, chunkSize: Int, drain: @escaping ([UInt8]) -> Void)
        -> (contentHash: ContentHash, hashOffset: Int, length: Int, history: [HistoryEntry]) {
        var placeholder = entry
        placeholder.contentHash = String(repeating: "0", count: 16)
        let history = review.history + [placeholder]
        var content = ContentHash.Hasher()
        var inHistory = false
        var w = JSONTextWriter()
        w.out.reserveCapacity(min(chunkSize, 1 << 20) * 5 / 4)
        w.chunkSize = chunkSize
        w.drain = { part in
            if !inHistory { content.combine(part) }
            drain(part)
        }
        var hashOffset = 0
        document(review, &w) { w in
            w.flush()
            inHistory = true
            content.combine(Array("[]".utf8))
            w.array(history.indices) { i, w in
                let digits = historyEntry(history[i], &w)
                if i == history.count - 1, let digits { hashOffset = digits }
            }
            w.flush()
            inHistory = false
        }
        w.flush()
        placeholder.contentHash = content.hash.description
        return (content.hash, hashOffset, w.drained, review.history + [placeholder])
    }

    /// Writes the document, the history's value with `history` when given.
    private static func document(_ review: Review, _ w: inout JSONTextWriter,
                                 history: ((inout JSONTextWriter) -> Void)? = nil) {
        w.openObject()
        w.key("actions"); w.array(review.actions, action)
        w.key("appraisal"); appraisal(review.appraisal, &w)
        w.key("budgets"); budgets(review.budgets, &w)
        if !review.conflicts.isEmpty { w.key("conflicts"); ConflictWriter.write(review.conflicts, &w) }
        w.key("history")
        if let history { history(&w) } else { w.array(review.history) { historyEntry($0, &$1) } }
        w.key("mergerTests"); w.array(review.mergerTests, test)
        w.key("milestones"); w.array(review.milestones, milestone)
        if let paper = review.paper { w.key("paper"); self.paper(paper, &w) }
        w.key("programme"); programme(review.programme, &w)
        w.key("recommendations"); w.array(review.recommendations, recommendation)
        w.key("schemaVersion"); w.number(String(Review.currentSchemaVersion))
        w.closeObject()
        w.out.append(0x0A)
    }

    /// Writes the entry; returns where in the whole text its content hash's digits start.
    @discardableResult
    private static func historyEntry(_ entry: HistoryEntry, _ w: inout JSONTextWriter) -> Int? {
        w.openObject()
        w.key("at"); w.string(entry.at)
        if let ids = entry.changedIds { w.key("changedIds"); w.strings(ids) }
        w.key("changes"); w.strings(entry.changes)
        var digits: Int?
        if let hash = entry.contentHash {
            w.key("contentHash")
            digits = w.drained + w.out.count + 1
            w.string(hash)
        }
        w.key("user"); w.string(entry.user)
        w.closeObject()
        return digits
    }

    static func paper(_ p: PaperDetails, _ w: inout JSONTextWriter) {
        w.openObject()
        w.key("agendaItem"); w.string(p.agendaItem)
        w.key("author"); w.string(p.author)
        w.key("meeting"); w.string(p.meeting)
        w.key("meetingDate"); w.string(p.meetingDate)
        w.key("previouslyConsidered"); w.string(p.previouslyConsidered)
        if let purpose = p.purpose { w.key("purpose"); w.string(purpose.rawValue) }
        w.key("sponsor"); w.string(p.sponsor)
        w.closeObject()
    }

    static func keyFigure(_ f: KeyFigure, _ w: inout JSONTextWriter) {
        w.openObject()
        if let date = f.date { w.key("date"); flexible(date, &w) }
        w.optionalNumber("decimals", f.decimals)
        w.key("id"); w.string(f.id)
        w.key("label"); w.string(f.label)
        w.key("notes"); w.string(f.notes)
        if let id = f.organisationId { w.key("organisationId"); w.string(id) }
        w.key("parts")
        w.array(f.parts) { part, w in
            w.openObject()
            w.key("label"); w.string(part.label)
            w.key("value"); w.number(DecimalText.canonical(part.value))
            w.closeObject()
        }
        if let id = f.placeId { w.key("placeId"); w.string(id) }
        w.key("source"); w.string(f.source)
        w.key("unit"); w.string(f.unit.rawValue)
        w.key("value"); w.number(DecimalText.canonical(f.value))
        w.closeObject()
    }

    static func programme(_ p: Programme, _ w: inout JSONTextWriter) {
        w.openObject()
        w.key("asOf"); w.string(p.asOf.iso)
        if let e = p.engagement {
            w.key("engagement")
            w.openObject()
            w.key("audiences"); w.strings(e.audiences)
            w.key("findings"); w.string(e.findings)
            w.key("howToRespond"); w.string(e.howToRespond)
            if let period = e.period { w.key("period"); flexible(period, &w) }
            w.key("questions"); w.strings(e.questions)
            w.optionalNumber("responsesReceived", e.responsesReceived)
            w.closeObject()
        }
        w.key("keyFigures")
        w.array(p.keyFigures, keyFigure)
        w.key("name"); w.string(p.name)
        w.key("organisations")
        w.array(p.organisations, organisation)
        w.key("places")
        w.array(p.places, place)
        w.key("principles"); w.strings(p.principles)
        w.key("source"); w.string(p.source)
        w.key("summary"); w.string(p.summary)
        w.key("system"); w.string(p.system)
        w.closeObject()
    }

    static func milestone(_ m: Milestone, _ w: inout JSONTextWriter) {
        w.openObject()
        w.key("date"); flexible(m.date, &w)
        w.key("dependsOn"); w.strings(m.dependsOn)
        if let end = m.endDate { w.key("endDate"); flexible(end, &w) }
        w.key("id"); w.string(m.id)
        w.key("notes"); w.string(m.notes)
        w.key("owner"); w.string(m.owner)
        w.key("status"); w.string(m.status.rawValue)
        w.key("title"); w.string(m.title)
        w.closeObject()
    }

    static func test(_ t: MergerTest, _ w: inout JSONTextWriter) {
        w.openObject()
        w.key("description"); w.string(t.description)
        w.key("evidence")
        w.array(t.evidence) { e, w in
            w.openObject()
            w.optionalDay("date", e.date)
            w.key("id"); w.string(e.id)
            w.key("reference"); w.string(e.reference)
            w.key("state"); w.string(e.state.rawValue)
            w.key("title"); w.string(e.title)
            w.closeObject()
        }
        w.key("id"); w.string(t.id)
        w.key("notes"); w.string(t.notes)
        w.key("owner"); w.string(t.owner)
        w.key("rag"); w.string(t.rag.rawValue)
        w.key("status"); w.string(t.status.rawValue)
        if let target = t.targetDate { w.key("targetDate"); flexible(target, &w) }
        w.key("title"); w.string(t.title)
        w.closeObject()
    }

    static func appraisal(_ a: Appraisal, _ w: inout JSONTextWriter) {
        w.openObject()
        w.key("cells")
        w.array(a.cells, cell)
        w.key("criteria")
        w.array(a.criteria, criterion)
        w.key("kind"); w.string(a.kind.rawValue)
        w.key("options")
        w.array(a.options, option)
        if let preferred = a.preferredOptionId { w.key("preferredOptionId"); w.string(preferred) }
        w.key("recommendation"); w.string(a.recommendation)
        if let scale = a.scale {
            w.key("scale")
            w.openObject()
            w.key("max"); w.number(DecimalText.canonical(scale.max))
            w.key("min"); w.number(DecimalText.canonical(scale.min))
            w.closeObject()
        }
        w.closeObject()
    }

    static func budgets(_ b: Budgets, _ w: inout JSONTextWriter) {
        w.openObject()
        w.key("lines")
        w.array(b.lines, budgetLine)
        if let t = b.runningCostTarget {
            w.key("runningCostTarget")
            w.openObject()
            if let baseline = t.baseline { w.key("baseline"); w.money(baseline) }
            w.key("baselineYear"); w.string(ReviewWriter.financialYear(t.baselineYear))
            w.key("reductionPercent"); w.number(DecimalText.canonical(t.reductionPercent))
            if let year = t.targetYear { w.key("targetYear"); w.string(ReviewWriter.financialYear(year)) }
            w.closeObject()
        }
        w.key("statedTotals")
        w.array(b.statedTotals, statedTotal)
        w.closeObject()
    }

    static func organisation(_ o: Organisation, _ w: inout JSONTextWriter) {
        w.openObject()
        w.key("accountableOfficer"); w.string(o.accountableOfficer)
        w.key("chair"); w.string(o.chair)
        w.key("id"); w.string(o.id)
        w.key("kind"); w.string(o.kind)
        w.key("name"); w.string(o.name)
        w.key("notes"); w.string(o.notes)
        w.key("placeIds"); w.strings(o.placeIds)
        w.optionalNumber("practices", o.practices)
        w.optionalNumber("registeredPopulation", o.registeredPopulation)
        w.closeObject()
    }

    static func place(_ place: Place, _ w: inout JSONTextWriter) {
        w.openObject()
        w.key("id"); w.string(place.id)
        w.key("name"); w.string(place.name)
        w.key("notes"); w.string(place.notes)
        w.key("organisationIds"); w.strings(place.organisationIds)
        w.optionalNumber("pcns", place.pcns)
        w.optionalNumber("practices", place.practices)
        w.optionalNumber("registeredPopulation", place.registeredPopulation)
        w.closeObject()
    }

    static func cell(_ c: AppraisalCell, _ w: inout JSONTextWriter) {
        w.openObject()
        w.key("criterionId"); w.string(c.criterionId)
        w.key("judgement"); w.string(c.judgement)
        w.key("optionId"); w.string(c.optionId)
        w.optionalDecimal("score", c.score)
        w.closeObject()
    }

    static func criterion(_ c: Criterion, _ w: inout JSONTextWriter) {
        w.openObject()
        w.key("description"); w.string(c.description)
        w.key("id"); w.string(c.id)
        w.key("title"); w.string(c.title)
        w.optionalDecimal("weight", c.weight)
        w.closeObject()
    }

    static func option(_ o: AppraisalOption, _ w: inout JSONTextWriter) {
        w.openObject()
        w.key("cons"); w.strings(o.cons)
        w.key("description"); w.string(o.description)
        w.key("id"); w.string(o.id)
        w.optionalNumber("organisationsLeft", o.organisationsLeft)
        w.key("outcome"); w.string(o.outcome)
        w.key("pros"); w.strings(o.pros)
        w.key("title"); w.string(o.title)
        w.closeObject()
    }

    static func budgetLine(_ l: BudgetLine, _ w: inout JSONTextWriter) {
        w.openObject()
        w.key("amount"); w.money(l.amount)
        w.key("id"); w.string(l.id)
        w.key("measure"); w.string(l.measure.rawValue)
        w.key("notes"); w.string(l.notes)
        if let org = l.organisationId { w.key("organisationId"); w.string(org) }
        if let place = l.placeId { w.key("placeId"); w.string(place) }
        w.key("year"); w.string(ReviewWriter.financialYear(l.year))
        w.closeObject()
    }

    static func statedTotal(_ s: StatedTotal, _ w: inout JSONTextWriter) {
        w.openObject()
        w.key("id"); w.string(s.id)
        w.key("label"); w.string(s.label)
        w.key("measure"); w.string(s.measure.rawValue)
        w.key("scope"); w.string(s.scope.rawValue)
        w.key("source"); w.string(s.source)
        w.key("value")
        if s.measure.isCount { w.number(DecimalText.canonical(s.value)) } else { w.money(Money(millions: s.value)) }
        if let year = s.year { w.key("year"); w.string(ReviewWriter.financialYear(year)) }
        w.closeObject()
    }

    static func recommendation(_ r: Recommendation, _ w: inout JSONTextWriter) {
        w.openObject()
        w.optionalDay("decidedOn", r.decidedOn)
        w.key("id"); w.string(r.id)
        w.key("kind"); w.string(r.kind.rawValue)
        w.key("minute"); w.string(r.minute)
        w.key("outcome"); w.string(r.outcome.rawValue)
        w.key("text"); w.string(r.text)
        w.closeObject()
    }

    static func action(_ a: Action, _ w: inout JSONTextWriter) {
        w.openObject()
        w.optionalDay("carriedForwardTo", a.carriedForwardTo)
        w.optionalDay("due", a.due)
        w.key("id"); w.string(a.id)
        if let link = a.linkedItemId { w.key("linkedItemId"); w.string(link) }
        w.key("notes"); w.string(a.notes)
        w.key("owner"); w.string(a.owner)
        w.optionalDay("raisedAt", a.raisedAt)
        w.key("status"); w.string(a.status.rawValue)
        w.key("title"); w.string(a.title)
        w.closeObject()
    }

    private static func flexible(_ value: FlexibleDate, _ w: inout JSONTextWriter) {
        guard let label = value.label else { return w.string(value.fileText) }
        w.openObject()
        w.key("label"); w.string(label)
        w.key("when"); w.string(value.fileText)
        w.closeObject()
    }

    /// A year as the reader requires it: four digits (the reader accepts 0 to 9999).
    static func fourDigits(_ year: Int) -> String {
        let digits = String(year)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// "2019/20"; "0555/56" rather than FinancialYear.description's "555/56", which would not read back.
    static func financialYear(_ year: FinancialYear) -> String {
        let end = (year.startYear + 1) % 100
        return "\(fourDigits(year.startYear))/\(end < 10 ? "0" : "")\(end)"
    }
}
