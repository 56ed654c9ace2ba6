import Foundation

extension Organisation: ReviewItem {
    public static var fields: [ItemField<Organisation>] {
        [
            ItemField("name", "name", \.name, show: FieldText.text),
            ItemField("kind", "kind", \.kind, show: FieldText.text),
            ItemField("accountableOfficer", "accountable officer", \.accountableOfficer, show: FieldText.text),
            ItemField("chair", "chair", \.chair, show: FieldText.text),
            ItemField("registeredPopulation", "registered population", \.registeredPopulation, show: FieldText.count),
            ItemField("practices", "practices", \.practices, show: FieldText.count),
            ItemField("placeIds", "places", \.placeIds, show: FieldText.references),
            ItemField("notes", "notes", \.notes, show: FieldText.text),
        ]
    }
}

extension Place: ReviewItem {
    public static var fields: [ItemField<Place>] {
        [
            ItemField("name", "name", \.name, show: FieldText.text),
            ItemField("registeredPopulation", "registered population", \.registeredPopulation, show: FieldText.count),
            ItemField("practices", "practices", \.practices, show: FieldText.count),
            ItemField("pcns", "PCNs", \.pcns, show: FieldText.count),
            ItemField("organisationIds", "organisations", \.organisationIds, show: FieldText.references),
            ItemField("notes", "notes", \.notes, show: FieldText.text),
        ]
    }
}

extension Milestone: ReviewItem {
    public static var fields: [ItemField<Milestone>] {
        [
            ItemField("title", "title", \.title, show: FieldText.text),
            ItemField("date", "date", \.date, show: FieldText.date),
            ItemField("endDate", "end date", \.endDate, show: FieldText.date),
            ItemField("status", "status", \.status) { value, _ in value.label },
            ItemField("owner", "owner", \.owner, show: FieldText.text),
            ItemField("dependsOn", "depends on", \.dependsOn, show: FieldText.references),
            ItemField("notes", "notes", \.notes, show: FieldText.text),
        ]
    }
}

extension MergerTest: ReviewItem {
    public static var fields: [ItemField<MergerTest>] {
        [
            ItemField("title", "title", \.title, show: FieldText.text),
            ItemField("description", "description", \.description, show: FieldText.text),
            ItemField("status", "status", \.status) { value, _ in value.label },
            ItemField("rag", "RAG", \.rag) { value, _ in BoardPaper.ragWord(value) },
            ItemField("owner", "owner", \.owner, show: FieldText.text),
            ItemField("targetDate", "target date", \.targetDate, show: FieldText.date),
            ItemField("notes", "notes", \.notes, show: FieldText.text),
            ItemField("evidence", "evidence", \.evidence) { value, _ in
                value.isEmpty ? FieldText.none
                    : value.map { "\"\(ReviewNames.oneLine($0.title))\" (\($0.state.label)\($0.date.map { ", " + $0.short } ?? ""))" }
                        .joined(separator: "; ")
            },
        ]
    }
}

extension Criterion: ReviewItem {
    public static var fields: [ItemField<Criterion>] {
        [
            ItemField("title", "title", \.title, show: FieldText.text),
            ItemField("description", "description", \.description, show: FieldText.text),
            ItemField("weight", "weight", \.weight, show: FieldText.decimal),
        ]
    }
}

extension AppraisalOption: ReviewItem {
    public static var fields: [ItemField<AppraisalOption>] {
        [
            ItemField("title", "title", \.title, show: FieldText.text),
            ItemField("description", "description", \.description, show: FieldText.text),
            ItemField("organisationsLeft", "organisations left", \.organisationsLeft, show: FieldText.count),
            ItemField("pros", "pros", \.pros, show: FieldText.list),
            ItemField("cons", "cons", \.cons, show: FieldText.list),
        ]
    }
}

extension AppraisalCell: ReviewItem {
    public static var fields: [ItemField<AppraisalCell>] {
        [
            ItemField("judgement", "judgement", \.judgement, show: FieldText.text),
            ItemField("score", "score", \.score, show: FieldText.decimal),
        ]
    }
}

extension BudgetLine: ReviewItem {
    public static var fields: [ItemField<BudgetLine>] {
        [
            ItemField("year", "year", \.year, show: FieldText.year),
            ItemField("organisationId", "organisation", \.organisationId, show: FieldText.reference),
            ItemField("placeId", "place", \.placeId, show: FieldText.reference),
            ItemField("measure", "measure", \.measure) { value, _ in value.label },
            ItemField("amount", "amount", \.amount) { value, _ in value.formatted },
            ItemField("notes", "notes", \.notes, show: FieldText.text),
        ]
    }
}

extension StatedTotal: ReviewItem {
    public static var fields: [ItemField<StatedTotal>] {
        [
            ItemField("label", "label", \.label, show: FieldText.text),
            ItemField("measure", "measure", \.measure) { value, _ in value.label },
            ItemField("scope", "scope", \.scope) { value, _ in value.rawValue },
            ItemField("year", "year", \.year, show: FieldText.year),
            // The value as the paper printed it: £m for money, a count for a count.
            ItemField("value", "value", value: \.value, showItem: { total, _ in total.formattedValue }),
            ItemField("source", "source", \.source, show: FieldText.text),
        ]
    }
}

extension Recommendation: ReviewItem {
    public static var fields: [ItemField<Recommendation>] {
        [
            ItemField("text", "text", \.text, show: FieldText.text),
            ItemField("kind", "kind", \.kind) { value, _ in value.label },
            ItemField("outcome", "outcome", \.outcome) { value, _ in value.label },
            ItemField("decidedOn", "decided on", \.decidedOn, show: FieldText.day),
            ItemField("minute", "minute", \.minute, show: FieldText.text),
        ]
    }
}

extension Action: ReviewItem {
    public static var fields: [ItemField<Action>] {
        [
            ItemField("title", "title", \.title, show: FieldText.text),
            ItemField("owner", "owner", \.owner, show: FieldText.text),
            ItemField("due", "due", \.due, show: FieldText.day),
            ItemField("status", "status", \.status) { value, _ in value.label },
            ItemField("linkedItemId", "linked to", \.linkedItemId, show: FieldText.reference),
            ItemField("raisedAt", "raised at", \.raisedAt, show: FieldText.day),
            ItemField("carriedForwardTo", "carried forward to", \.carriedForwardTo, show: FieldText.day),
            ItemField("notes", "notes", \.notes, show: FieldText.text),
        ]
    }
}

/// The programme's own details (its organisations and places are lists of their own).
extension Programme: ReviewItem {
    public static var fields: [ItemField<Programme>] {
        [
            ItemField("name", "name", \.name, show: FieldText.text),
            ItemField("system", "system", \.system, show: FieldText.text),
            ItemField("asOf", "as of", \.asOf, show: FieldText.day),
            ItemField("source", "source", \.source, show: FieldText.text),
            ItemField("summary", "summary", \.summary, show: FieldText.text),
            ItemField("principles", "principles", \.principles, show: FieldText.list),
            ItemField("engagement", "engagement", \.engagement) { value, _ in
                guard let value else { return FieldText.none }
                var parts: [String] = []
                if let period = value.period { parts.append(period.display) }
                if !value.audiences.isEmpty { parts.append("asking " + value.audiences.joined(separator: ", ")) }
                if !value.questions.isEmpty { parts.append(CountText.format(value.questions.count) + " questions") }
                if let responses = value.responsesReceived { parts.append(CountText.format(responses) + " responses") }
                if !value.howToRespond.isEmpty { parts.append("respond: \"\(value.howToRespond)\"") }
                if !value.findings.isEmpty { parts.append("findings: \"\(value.findings)\"") }
                return parts.isEmpty ? "(empty)" : parts.joined(separator: "; ")
            },
        ]
    }
}

/// The board paper's cover-sheet details.
extension PaperDetails: ReviewItem {
    public static var fields: [ItemField<PaperDetails>] {
        [
            ItemField("meeting", "meeting", \.meeting, show: FieldText.text),
            ItemField("meetingDate", "meeting date", \.meetingDate, show: FieldText.text),
            ItemField("agendaItem", "agenda item", \.agendaItem, show: FieldText.text),
            ItemField("purpose", "purpose", \.purpose) { value, _ in value?.label ?? FieldText.none },
            ItemField("author", "author", \.author, show: FieldText.text),
            ItemField("sponsor", "executive sponsor", \.sponsor, show: FieldText.text),
            ItemField("previouslyConsidered", "previously considered", \.previouslyConsidered, show: FieldText.text),
        ]
    }
}

/// A figure the paper states.
extension KeyFigure: ReviewItem {
    public static var fields: [ItemField<KeyFigure>] {
        [
            ItemField("label", "label", \.label, show: FieldText.text),
            ItemField("value", "value", value: \.value) { item, _ in item.formattedValue },
            ItemField("unit", "unit", \.unit) { value, _ in value.label },
            ItemField("decimals", "decimal places", \.decimals, show: FieldText.count),
            ItemField("date", "date", \.date, show: FieldText.date),
            ItemField("organisationId", "organisation", \.organisationId, show: FieldText.reference),
            ItemField("placeId", "place", \.placeId, show: FieldText.reference),
            ItemField("source", "source", \.source, show: FieldText.text),
            ItemField("parts", "parts", \.parts) { parts, _ in
                parts.isEmpty ? FieldText.none : parts.map { "\($0.label) \(DecimalText.canonical($0.value))" }.joined(separator: ", ")
            },
            ItemField("notes", "notes", \.notes, show: FieldText.text),
        ]
    }
}

/// The appraisal's settings (its criteria, options and cells are lists of their own).
extension Appraisal: ReviewItem {
    public static var fields: [ItemField<Appraisal>] {
        [
            ItemField("scale", "score scale", \.scale) { value, _ in
                value.map { "\(DecimalText.canonical($0.min)) to \(DecimalText.canonical($0.max))" } ?? FieldText.none
            },
            ItemField("preferredOptionId", "preferred option", \.preferredOptionId, show: FieldText.reference),
            ItemField("recommendation", "recommendation", \.recommendation, show: FieldText.text),
        ]
    }
}

/// The budgets' settings (the lines and stated totals are lists of their own).
extension Budgets: ReviewItem {
    public static var fields: [ItemField<Budgets>] {
        [
            ItemField("runningCostTarget", "running-cost target", \.runningCostTarget) { value, _ in
                guard let value else { return FieldText.none }
                let baseline = value.baseline.map { " of \($0.formatted)" } ?? ""
                return "\(DecimalText.canonical(value.reductionPercent))% cut\(baseline) from \(value.baselineYear), \(value.dueText)"
            },
        ]
    }
}
