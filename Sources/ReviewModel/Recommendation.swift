/// A recommendation put to the board and what the board decided.
public struct Recommendation: Hashable, Sendable, Identifiable {
    public var id: String
    public var text: String
    public var kind: RecommendationKind
    public var outcome: Outcome
    public var decidedOn: CalendarDate?
    public var minute: String

    public init(id: String, text: String, kind: RecommendationKind = .note, outcome: Outcome = .pending,
                decidedOn: CalendarDate? = nil, minute: String = "") {
        self.id = id
        self.text = text
        self.kind = kind
        self.outcome = outcome
        self.decidedOn = decidedOn
        self.minute = minute
    }
}
