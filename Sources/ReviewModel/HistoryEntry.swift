/// One save's entry in the review's audit trail.
public struct HistoryEntry: Hashable, Sendable {
    public var at: String
    public var user: String
    public var changes: [String]

    public init(at: String, user: String, changes: [String]) {
        self.at = at
        self.user = user
        self.changes = changes
    }
}
