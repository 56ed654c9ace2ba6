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

public enum RecommendationKind: String, CaseIterable, Hashable, Sendable {
    case note, receive, endorse, agree, approve, restateApproval, other

    public var label: String {
        switch self {
        case .note: return "Note"
        case .receive: return "Receive"
        case .endorse: return "Endorse"
        case .agree: return "Agree"
        case .approve: return "Approve"
        case .restateApproval: return "Restate approval"
        case .other: return "Other"
        }
    }
}

public enum Outcome: String, CaseIterable, Hashable, Sendable {
    case pending, approved, approvedWithAmendment, deferred, rejected, noted

    public var label: String {
        switch self {
        case .pending: return "Pending"
        case .approved: return "Approved"
        case .approvedWithAmendment: return "Approved with amendment"
        case .deferred: return "Deferred"
        case .rejected: return "Rejected"
        case .noted: return "Noted"
        }
    }
}

/// An action arising at a meeting, followed up at the next.
public struct Action: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var owner: String
    public var due: CalendarDate?
    public var status: ActionStatus
    public var linkedItemId: String?
    public var raisedAt: CalendarDate?
    public var carriedForwardTo: CalendarDate?
    public var notes: String

    public init(id: String, title: String, owner: String = "", due: CalendarDate? = nil, status: ActionStatus = .open,
                linkedItemId: String? = nil, raisedAt: CalendarDate? = nil, carriedForwardTo: CalendarDate? = nil,
                notes: String = "") {
        self.id = id
        self.title = title
        self.owner = owner
        self.due = due
        self.status = status
        self.linkedItemId = linkedItemId
        self.raisedAt = raisedAt
        self.carriedForwardTo = carriedForwardTo
        self.notes = notes
    }

    public var isOpen: Bool { status == .open || status == .carriedForward }

    public func isOverdue(asOf: CalendarDate) -> Bool {
        guard isOpen, let due = carriedForwardTo ?? due else { return false }
        return due < asOf
    }
}

public enum ActionStatus: String, CaseIterable, Hashable, Sendable {
    case open, done, carriedForward, cancelled

    public var label: String {
        switch self {
        case .open: return "Open"
        case .done: return "Done"
        case .carriedForward: return "Carried forward"
        case .cancelled: return "Cancelled"
        }
    }
}

/// One save's entry in the review's audit trail.
public struct HistoryEntry: Hashable, Sendable {
    public var at: String
    public var user: String
    public var changes: [String]

    public init(at: String, user: String, changes: [String]) {
        self.at = at
        self.user = user
        self.changes = changes
    }
}
