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
