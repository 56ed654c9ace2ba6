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
