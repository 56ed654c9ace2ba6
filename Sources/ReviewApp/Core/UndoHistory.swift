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
