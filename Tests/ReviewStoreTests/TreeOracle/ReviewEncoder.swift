import Foundation
import ReviewModel

/// The tests' oracle for `ReviewWriter`: a Review as a JSON tree, optional fields omitted when
/// empty, for `JSONPrinter` to print.
enum ReviewEncoder {
    static func encode(_ review: Review) -> JSONNode {
        object([
            ("schemaVersion", number(Review.currentSchemaVersion)),
            ("programme", programme(review.programme)),
            ("milestones", .array(review.milestones.map { milestone($0) })),
            ("mergerTests", .array(review.mergerTests.map { test($0) })),
            ("appraisal", appraisal(review.appraisal)),
            ("budgets", budgets(review.budgets)),
            ("recommendations", .array(review.recommendations.map { recommendation($0) })),
            ("actions", .array(review.actions.map { action($0) })),
            ("history", .array(review.history.map { entry in
                object([("at", .string(entry.at)), ("user", .string(entry.user)),
                        ("changes", .array(entry.changes.map { JSONNode(.string($0)) }))])
            })),
        ])
    }

    private static func object(_ fields: [(String, JSONValue?)]) -> JSONNode {
        JSONNode(.object(fields.compactMap { key, value in value.map { JSONMember(key, JSONNode($0)) } }))
    }

    private static func number(_ value: Int) -> JSONValue { .number(String(value)) }
    private static func number(_ value: Int?) -> JSONValue? { value.map { .number(String($0)) } }
    private static func decimal(_ value: Decimal?) -> JSONValue? { value.map { .number(DecimalText.canonical($0)) } }

    /// Money keeps at least one decimal place, as papers print it: 136.0, -15.0, 2909.3.
    static func money(_ value: Money) -> JSONValue {
        let text = DecimalText.canonical(value.millions)
        return .number(text.contains(".") ? text : text + ".0")
    }

    private static func strings(_ values: [String]) -> JSONValue { .array(values.map { JSONNode(.string($0)) }) }
    private static func optional(_ value: String?) -> JSONValue? { value.map { .string($0) } }
    private static func day(_ value: CalendarDate?) -> JSONValue? { value.map { .string($0.iso) } }

    private static func flexible(_ value: FlexibleDate?) -> JSONValue? {
        guard let value else { return nil }
        guard let label = value.label else { return .string(value.fileText) }
        return object([("label", .string(label)), ("when", .string(value.fileText))]).value
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

    private static func programme(_ p: Programme) -> JSONValue {
        object([
            ("name", .string(p.name)), ("system", .string(p.system)), ("asOf", .string(p.asOf.iso)),
            ("source", .string(p.source)),
            ("organisations", .array(p.organisations.map { o in
                object([("accountableOfficer", .string(o.accountableOfficer)), ("chair", .string(o.chair)), ("id", .string(o.id)),
                        ("kind", .string(o.kind)), ("name", .string(o.name)), ("notes", .string(o.notes)),
                        ("placeIds", strings(o.placeIds)), ("practices", number(o.practices)),
                        ("registeredPopulation", number(o.registeredPopulation))])
            })),
            ("places", .array(p.places.map { place in
                object([("id", .string(place.id)), ("name", .string(place.name)), ("notes", .string(place.notes)),
                        ("organisationIds", strings(place.organisationIds)), ("pcns", number(place.pcns)),
                        ("practices", number(place.practices)), ("registeredPopulation", number(place.registeredPopulation))])
            })),
        ]).value
    }

    private static func milestone(_ m: Milestone) -> JSONNode {
        object([("date", flexible(m.date)), ("dependsOn", strings(m.dependsOn)), ("endDate", flexible(m.endDate)),
                ("id", .string(m.id)), ("notes", .string(m.notes)), ("owner", .string(m.owner)),
                ("status", .string(m.status.rawValue)), ("title", .string(m.title))])
    }

    private static func test(_ t: MergerTest) -> JSONNode {
        object([("description", .string(t.description)),
                ("evidence", .array(t.evidence.map { e in
                    object([("date", day(e.date)), ("id", .string(e.id)), ("reference", .string(e.reference)),
                            ("state", .string(e.state.rawValue)), ("title", .string(e.title))])
                })),
                ("id", .string(t.id)), ("notes", .string(t.notes)), ("owner", .string(t.owner)), ("rag", .string(t.rag.rawValue)),
                ("status", .string(t.status.rawValue)), ("targetDate", flexible(t.targetDate)), ("title", .string(t.title))])
    }

    private static func appraisal(_ a: Appraisal) -> JSONValue {
        object([
            ("scale", a.scale.map { object([("min", decimal($0.min)), ("max", decimal($0.max))]).value }),
            ("criteria", .array(a.criteria.map { c in
                object([("description", .string(c.description)), ("id", .string(c.id)), ("title", .string(c.title)),
                        ("weight", decimal(c.weight))])
            })),
            ("options", .array(a.options.map { o in
                object([("cons", strings(o.cons)), ("description", .string(o.description)), ("id", .string(o.id)),
                        ("organisationsLeft", number(o.organisationsLeft)), ("pros", strings(o.pros)), ("title", .string(o.title))])
            })),
            ("cells", .array(a.cells.map { c in
                object([("criterionId", .string(c.criterionId)), ("judgement", .string(c.judgement)),
                        ("optionId", .string(c.optionId)), ("score", decimal(c.score))])
            })),
            ("preferredOptionId", optional(a.preferredOptionId)),
            ("recommendation", .string(a.recommendation)),
        ]).value
    }

    private static func budgets(_ b: Budgets) -> JSONValue {
        object([
            ("lines", .array(b.lines.map { l in
                object([("amount", money(l.amount)), ("id", .string(l.id)), ("measure", .string(l.measure.rawValue)),
                        ("notes", .string(l.notes)), ("organisationId", optional(l.organisationId)), ("placeId", optional(l.placeId)),
                        ("year", .string(financialYear(l.year)))])
            })),
            ("runningCostTarget", b.runningCostTarget.map { t in
                object([("reductionPercent", decimal(t.reductionPercent)), ("baselineYear", .string(financialYear(t.baselineYear))),
                        ("targetYear", .string(financialYear(t.targetYear))), ("baseline", t.baseline.map(money))]).value
            }),
            ("statedTotals", .array(b.statedTotals.map { s in
                object([("id", .string(s.id)), ("label", .string(s.label)), ("measure", .string(s.measure.rawValue)),
                        ("scope", .string(s.scope.rawValue)), ("year", s.year.map { .string(financialYear($0)) }),
                        ("value", s.measure.isCount ? decimal(s.value) : money(Money(millions: s.value))),
                        ("source", .string(s.source))])
            })),
        ]).value
    }

    private static func recommendation(_ r: Recommendation) -> JSONNode {
        object([("decidedOn", day(r.decidedOn)), ("id", .string(r.id)), ("kind", .string(r.kind.rawValue)),
                ("minute", .string(r.minute)), ("outcome", .string(r.outcome.rawValue)), ("text", .string(r.text))])
    }

    private static func action(_ a: Action) -> JSONNode {
        object([("carriedForwardTo", day(a.carriedForwardTo)), ("due", day(a.due)), ("id", .string(a.id)),
                ("linkedItemId", optional(a.linkedItemId)), ("notes", .string(a.notes)), ("owner", .string(a.owner)),
                ("raisedAt", day(a.raisedAt)), ("status", .string(a.status.rawValue)), ("title", .string(a.title))])
    }
}
