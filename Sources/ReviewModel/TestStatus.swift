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
