import Foundation
import ReviewModel

/// Builds a Review from a parsed document, collecting every problem with its JSON path and line.
enum ReviewDecoder {
    /// Consumes the document: its bytes are let go when the review is built.
    static func decode(_ document: consuming RawDocument) -> (review: Review?, problems: [LocatedIssue]) {
        let root = document.root
        let context = DecodeContext(document: document)
        guard let top = ObjectReader(root, path: "$", context: context) else { return (nil, context.problems) }
        context.schemaVersion = top.count("schemaVersion") ?? Review.currentSchemaVersion
        let programme = top.object("programme").map(readProgramme)
        if programme == nil && context.problems.isEmpty { top.requireField("programme") }
        let milestones = top.chunkedList("milestones", readMilestone)
        let tests = top.chunkedList("mergerTests", readTest)
        let appraisal = top.object("appraisal").map(readAppraisal) ?? Appraisal()
        let budgets = top.object("budgets").map(readBudgets) ?? Budgets()
        let recommendations = top.list("recommendations", readRecommendation)
        let actions = top.chunkedList("actions", readAction)
        let history = top.list("history", readHistory)
        let paper = top.object("paper").map(readPaper)
        let conflicts = top.list("conflicts", ConflictReader.read)
        top.finish()
        guard let programme = programme ?? nil, context.problems.isEmpty else { return (nil, context.problems) }
        let review = Review(programme: programme, milestones: milestones, mergerTests: tests, appraisal: appraisal,
                            budgets: budgets, recommendations: recommendations, actions: actions, history: history, conflicts: conflicts,
                            paper: paper)
        return (review, [])
    }

    /// The cover sheet's details (schema version 3).
    static func readPaper(_ r: ObjectReader) -> PaperDetails {
        defer { r.finish() }
        let purpose: PaperPurpose? = r.optionalString("purpose") == nil ? nil : r.choice("purpose", default: PaperPurpose.information)
        return PaperDetails(meeting: r.string("meeting"), meetingDate: r.string("meetingDate"), agendaItem: r.string("agendaItem"),
                            purpose: purpose, author: r.string("author"), sponsor: r.string("sponsor"),
                            previouslyConsidered: r.string("previouslyConsidered"))
    }

    static func readProgramme(_ r: ObjectReader) -> Programme? {
        defer { r.finish() }
        let name = r.string("name")
        let system = r.string("system")
        let asOf = r.day("asOf", required: true)
        let source = r.string("source")
        let organisations = r.list("organisations", readOrganisation)
        let places = r.list("places", readPlace)
        let summary = r.string("summary")
        let principles = r.stringList("principles")
        let keyFigures = r.list("keyFigures", readKeyFigure)
        var engagement: Engagement?
        if let e = r.object("engagement") {
            engagement = Engagement(period: e.flexibleDate("period"), audiences: e.stringList("audiences"),
                                    questions: e.stringList("questions"), howToRespond: e.string("howToRespond"),
                                    responsesReceived: e.count("responsesReceived"), findings: e.string("findings"))
            e.finish()
        }
        guard let asOf else { return nil }
        return Programme(name: name, system: system, asOf: asOf, source: source, organisations: organisations, places: places,
                         summary: summary, principles: principles, keyFigures: keyFigures, engagement: engagement)
    }

    static func readKeyFigure(_ f: ObjectReader) -> KeyFigure? {
        let id = f.string("id", required: true)
        let label = f.string("label", required: true)
        let value = f.decimal("value", required: true)
        let unit: FigureUnit = f.choice("unit", default: .count)
        let decimals = f.count("decimals")
        let date = f.flexibleDate("date")
        let organisationId = f.optionalString("organisationId")
        let placeId = f.optionalString("placeId")
        let source = f.string("source")
        let notes = f.string("notes")
        let parts = f.list("parts") { part -> FigurePart? in
            let label = part.string("label", required: true)
            let value = part.decimal("value", required: true)
            return value.map { FigurePart(label: label, value: $0) }
        }
        guard let value else { return nil }
        return KeyFigure(id: id, label: label, value: value, unit: unit, decimals: decimals, date: date, organisationId: organisationId,
                         placeId: placeId, source: source, notes: notes, parts: parts)
    }

    static func readMilestone(_ r: ObjectReader) -> Milestone? {
        let id = r.string("id", required: true)
        let title = r.string("title", required: true)
        let date = r.flexibleDate("date", required: true)
        let end = r.flexibleDate("endDate")
        let status: MilestoneStatus = r.status("status", versionOneDefault: .planned)
        let owner = r.name("owner")
        let dependsOn = r.stringList("dependsOn")
        let notes = r.string("notes")
        guard let date else { return nil }
        return Milestone(id: id, title: title, date: date, endDate: end, status: status, owner: owner,
                         dependsOn: dependsOn, notes: notes)
    }

    static func readTest(_ r: ObjectReader) -> MergerTest? {
        MergerTest(
            id: r.string("id", required: true), title: r.string("title", required: true),
            description: r.string("description"), status: r.status("status", versionOneDefault: .notStarted),
            rag: r.choice("rag", default: .unrated), owner: r.name("owner"), targetDate: r.flexibleDate("targetDate"),
            notes: r.string("notes"),
            evidence: r.list("evidence") { e in
                Evidence(id: e.string("id", required: true), title: e.string("title", required: true),
                         reference: e.string("reference"), date: e.day("date"), state: e.choice("state", default: .drafted))
            })
    }

    static func readAppraisal(_ r: ObjectReader) -> Appraisal {
        defer { r.finish() }
        var scale: ScoreScale?
        if let s = r.object("scale") {
            let low = s.decimal("min", required: true)
            let high = s.decimal("max", required: true)
            s.finish()
            if let low, let high { scale = ScoreScale(min: low, max: high) }
        }
        let criteria = r.list("criteria", readCriterion)
        let options = r.list("options", readOption)
        let cells = r.list("cells", readCell)
        return Appraisal(kind: r.choice("kind", default: .alternatives), scale: scale, criteria: criteria, options: options, cells: cells,
                         preferredOptionId: r.optionalString("preferredOptionId"), recommendation: r.string("recommendation"))
    }

    static func readBudgets(_ r: ObjectReader) -> Budgets {
        defer { r.finish() }
        let lines = r.chunkedList("lines", readBudgetLine)
        var target: RunningCostTarget?
        if let t = r.object("runningCostTarget") {
            let percent = t.decimal("reductionPercent", required: true)
            let baselineYear = t.financialYear("baselineYear", required: true)
            let targetYear = t.financialYear("targetYear")
            let baseline = t.money("baseline")
            t.finish()
            if let percent, let baselineYear {
                target = RunningCostTarget(reductionPercent: percent, baselineYear: baselineYear, targetYear: targetYear, baseline: baseline)
            }
        }
        let stated = r.list("statedTotals", readStatedTotal)
        return Budgets(lines: lines, runningCostTarget: target, statedTotals: stated)
    }

    static func readOrganisation(_ o: ObjectReader) -> Organisation? {
        Organisation(id: o.string("id", required: true), name: o.string("name", required: true), kind: o.name("kind"),
                     accountableOfficer: o.name("accountableOfficer"), chair: o.name("chair"),
                     registeredPopulation: o.count("registeredPopulation"), practices: o.count("practices"),
                     placeIds: o.stringList("placeIds"), notes: o.string("notes"))
    }

    static func readPlace(_ p: ObjectReader) -> Place? {
        Place(id: p.string("id", required: true), name: p.string("name", required: true),
              registeredPopulation: p.count("registeredPopulation"), practices: p.count("practices"),
              pcns: p.count("pcns"), organisationIds: p.stringList("organisationIds"), notes: p.string("notes"))
    }

    static func readCriterion(_ c: ObjectReader) -> Criterion? {
        Criterion(id: c.string("id", required: true), title: c.string("title", required: true),
                  description: c.string("description"), weight: c.decimal("weight"))
    }

    static func readOption(_ o: ObjectReader) -> AppraisalOption? {
        AppraisalOption(id: o.string("id", required: true), title: o.string("title", required: true),
                        description: o.string("description"), organisationsLeft: o.count("organisationsLeft"),
                        pros: o.stringList("pros"), cons: o.stringList("cons"), outcome: o.string("outcome"))
    }

    static func readCell(_ c: ObjectReader) -> AppraisalCell? {
        AppraisalCell(optionId: c.string("optionId", required: true), criterionId: c.string("criterionId", required: true),
                      judgement: c.string("judgement"), score: c.decimal("score"))
    }

    static func readBudgetLine(_ l: ObjectReader) -> BudgetLine? {
        let id = l.string("id", required: true)
        let year = l.financialYear("year", required: true)
        let org = l.optionalString("organisationId")
        let place = l.optionalString("placeId")
        let measure: Measure = l.choice("measure", default: .allocation)
        let amount = l.money("amount", required: true)
        let notes = l.string("notes")
        guard let year, let amount else { return nil }
        return BudgetLine(id: id, year: year, organisationId: org, placeId: place, measure: measure, amount: amount, notes: notes)
    }

    static func readStatedTotal(_ s: ObjectReader) -> StatedTotal? {
        let id = s.string("id", required: true)
        let label = s.string("label")
        let measure: Measure = s.choice("measure", default: .allocation)
        let scope: TotalScope = s.choice("scope", default: .organisations)
        let year = s.financialYear("year")
        let value = s.decimal("value", required: true)
        let source = s.string("source")
        guard let value else { return nil }
        return StatedTotal(id: id, label: label, measure: measure, scope: scope, year: year, value: value, source: source)
    }

    static func readRecommendation(_ r: ObjectReader) -> Recommendation? {
        Recommendation(id: r.string("id", required: true), text: r.string("text", required: true),
                       kind: r.choice("kind", default: .note), outcome: r.choice("outcome", default: .pending),
                       decidedOn: r.day("decidedOn"), minute: r.string("minute"))
    }

    static func readAction(_ r: ObjectReader) -> Action? {
        Action(id: r.string("id", required: true), title: r.string("title", required: true), owner: r.name("owner"),
               due: r.day("due"), status: r.status("status", versionOneDefault: .open), linkedItemId: r.optionalString("linkedItemId"),
               raisedAt: r.day("raisedAt"), carriedForwardTo: r.day("carriedForwardTo"), notes: r.string("notes"))
    }

    private static func readHistory(_ r: ObjectReader) -> HistoryEntry? {
        let at = r.string("at", required: true), user = r.name("user"), changes = r.stringList("changes")
        let changedIds = r.node("changedIds") == nil ? nil : r.stringList("changedIds")
        var contentHash = r.optionalString("contentHash")
        if let hash = contentHash, ContentHash(hex: hash) == nil, let node = r.node("contentHash") {
            r.fail("contentHash", node, "expected sixteen hex digits (the hash merger-review writes); remove the field to keep the entry without it")
            contentHash = nil
        }
        return HistoryEntry(at: at, user: user, changes: changes, contentHash: contentHash, changedIds: changedIds)
    }
}
