/// The app's panes, in tab order. Their numbers are the keys that select them.
public enum Pane: Int, CaseIterable, Hashable, Sendable {
    case overview = 0, timeline, tests, appraisal, budgets, decisions

    public var title: String {
        switch self {
        case .overview: return "Overview"
        case .timeline: return "Timeline"
        case .tests: return "Merger tests"
        case .appraisal: return "Appraisal"
        case .budgets: return "Budgets"
        case .decisions: return "Decisions"
        }
    }

    /// The title on a narrow tab bar: the F-key bar's word for the pane.
    public var shortTitle: String {
        switch self {
        case .overview: return "Overview"
        case .timeline: return "Timeline"
        case .tests: return "Tests"
        case .appraisal: return "Options"
        case .budgets: return "Budgets"
        case .decisions: return "Decide"
        }
    }

    public var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count) ?? .overview }
    public var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count) ?? .overview }
}
