public enum EvidenceState: String, CaseIterable, Hashable, Sendable {
    case drafted, submitted, accepted

    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
