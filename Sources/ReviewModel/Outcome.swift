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
