/// How a paper's options relate: alternatives ranked against each other with one preferred, or
/// proposals adopted together as a package (no ranking, no preferred, each with its own outcome).
public enum AppraisalKind: String, CaseIterable, Hashable, Sendable {
    case alternatives, package

    public var label: String {
        switch self {
        case .alternatives: return "Alternatives"
        case .package: return "Package"
        }
    }
}
