import ReviewModel

/// Undo as kept states: every accepted edit stores the whole review (arrays share
/// unchanged storage), so undo and redo are exact and unlimited within a session.
public struct UndoHistory: Sendable {
    public struct Entry: Sendable {
        public var review: Review
        public var revision: Int
        public var label: String
    }

    public private(set) var entries: [Entry]
    public private(set) var position: Int
    private var nextRevision: Int

    public init(initial: Review) {
        entries = [Entry(review: initial, revision: 0, label: "opened")]
        position = 0
        nextRevision = 1
    }

    public var current: Entry { entries[position] }
    public var canUndo: Bool { position > 0 }
    public var canRedo: Bool { position < entries.count - 1 }

    /// Records a new state; anything that had been undone is dropped.
    public mutating func record(_ review: Review, label: String) {
        entries.removeSubrange((position + 1)...)
        entries.append(Entry(review: review, revision: nextRevision, label: label))
        nextRevision += 1
        position += 1
    }

    /// Replaces the current state with a later version of the same change (the fields typed
    /// into an item just added): the add and its fields stay one step of undo.
    public mutating func amend(_ review: Review) {
        entries[position].review = review
        entries[position].revision = nextRevision
        nextRevision += 1
    }

    /// Goes back to an earlier copy of the history, as if the changes since were never made
    /// (a new item the user cancelled); revisions stay unique.
    public mutating func restore(_ earlier: UndoHistory) {
        let next = nextRevision
        self = earlier
        nextRevision = max(next, earlier.nextRevision)
    }

    /// Puts the saves' audit trail (kept in the review) into every state: a save is not a step
    /// of undo, and undoing an edit never takes away the record of a save.
    public mutating func setAuditTrail(_ trail: [HistoryEntry]) {
        for index in entries.indices where entries[index].review.history != trail {
            entries[index].review.history = trail
        }
    }

    /// Returns the label of the undone change.
    public mutating func undo() -> String? {
        guard canUndo else { return nil }
        let label = entries[position].label
        position -= 1
        return label
    }

    public mutating func redo() -> String? {
        guard canRedo else { return nil }
        position += 1
        return entries[position].label
    }

    /// Number of accepted edits since the state with the given revision (for recovery).
    public func changes(since revision: Int) -> Int {
        guard let index = entries.firstIndex(where: { $0.revision == revision }) else { return position }
        return abs(position - index)
    }
}
