public enum MilestoneStatus: String, CaseIterable, Hashable, Sendable {
    case planned, inProgress, done, atRisk, cancelled

    public var label: String {
        switch self {
        case .planned: return "Planned"
        case .inProgress: return "In progress"
        case .done: return "Done"
        case .atRisk: return "At risk"
        case .cancelled: return "Cancelled"
        }
    }
}
