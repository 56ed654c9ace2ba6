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
