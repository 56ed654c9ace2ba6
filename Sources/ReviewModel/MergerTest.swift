/// One of NHS England's merger tests, as the programme keeps it (the list is editable).
public struct MergerTest: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var description: String
    public var status: TestStatus
    public var rag: RAG
    public var owner: String
    public var targetDate: FlexibleDate?
    public var notes: String
    public var evidence: [Evidence]

    public init(id: String, title: String, description: String = "", status: TestStatus = .notStarted,
                rag: RAG = .unrated, owner: String = "", targetDate: FlexibleDate? = nil, notes: String = "",
                evidence: [Evidence] = []) {
        self.id = id
        self.title = title
        self.description = description
        self.status = status
        self.rag = rag
        self.owner = owner
        self.targetDate = targetDate
        self.notes = notes
        self.evidence = evidence
    }
}
