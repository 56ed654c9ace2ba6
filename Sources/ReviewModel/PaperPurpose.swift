/// Why a paper goes to the board, as an NHS cover sheet asks.
public enum PaperPurpose: String, CaseIterable, Hashable, Sendable {
    case decision, approval, assurance, information

    /// "For decision"
    public var label: String { "For \(rawValue)" }
}
