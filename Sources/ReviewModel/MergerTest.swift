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

public enum TestStatus: String, CaseIterable, Hashable, Sendable {
    case notStarted, inProgress, evidenced, assured

    public var label: String {
        switch self {
        case .notStarted: return "Not started"
        case .inProgress: return "In progress"
        case .evidenced: return "Evidenced"
        case .assured: return "Assured"
        }
    }
}

public enum RAG: String, CaseIterable, Hashable, Sendable {
    case red, amber, green, unrated

    /// The word always travels with the colour, so meaning never rests on colour alone.
    public var label: String {
        switch self {
        case .red: return "Red"
        case .amber: return "Amber"
        case .green: return "Green"
        case .unrated: return "—"
        }
    }
}

/// A document behind a test.
public struct Evidence: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var reference: String
    public var date: CalendarDate?
    public var state: EvidenceState

    public init(id: String, title: String, reference: String = "", date: CalendarDate? = nil,
                state: EvidenceState = .drafted) {
        self.id = id
        self.title = title
        self.reference = reference
        self.date = date
        self.state = state
    }
}

public enum EvidenceState: String, CaseIterable, Hashable, Sendable {
    case drafted, submitted, accepted

    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
