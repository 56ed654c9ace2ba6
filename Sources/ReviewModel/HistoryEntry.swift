/// One save's entry in the review's audit trail: when, who, one line per changed item, and
/// (from schema version 5) what the save wrote and which items it changed, so two copies of
/// a file can be merged from their last common save (`CommonSave`).
public struct HistoryEntry: Hashable, Sendable {
    public var at: String
    public var user: String
    public var changes: [String]
    /// The content hash (sixteen hex digits) of the review this save wrote, without its
    /// history; nil in entries written before saves recorded it.
    public var contentHash: String?
    /// The ids of the items this save changed; a single record goes by its part's key
    /// ("programme", "appraisal", "budgets", "paper"). Nil where the save did not record them.
    public var changedIds: [String]?

    public init(at: String, user: String, changes: [String], contentHash: String? = nil, changedIds: [String]? = nil) {
        self.at = at
        self.user = user
        self.changes = changes
        self.contentHash = contentHash
        self.changedIds = changedIds
    }
}
