import ReviewModel

/// The changes from an earlier version of the review (`:since OLD`) to the current one, item
/// by item: each pane marks the items added (+), changed (~) or moved (↕) beside them, and the
/// reader shows a changed item's earlier values beside the current ones.
public struct SinceComparison: Sendable {
    /// What the user named: a file, or `git:REV`.
    public let source: String
    public let old: Review
    /// The document revision the changes were worked out for.
    public private(set) var revision: Int
    /// Each item's change by its part's key and id (a changed item that also moved counts as changed).
    private var changes: [Key: ItemChange] = [:]
    /// The organisations and places with a budget line added, changed or removed.
    public private(set) var budgetHolders: Set<String> = []
    public private(set) var counts: [ItemChange.Kind: Int] = [:]
    /// The two versions are reviews of different programmes: nothing is marked.
    public private(set) var differentProgrammes = false

    private struct Key: Hashable, Sendable {
        var part: String
        var id: String
    }

    public init(source: String, old: Review, current: Review, revision: Int) {
        self.source = source
        self.old = old
        self.revision = revision
        compare(with: current, revision: revision)
    }

    /// Works the changes out again for the review as it is now.
    public mutating func compare(with current: Review, revision: Int) {
        self.revision = revision
        let comparison = ReviewComparison(from: old, to: current)
        differentProgrammes = comparison.differentProgrammes != nil
        changes = [:]
        counts = [:]
        budgetHolders = []
        for change in comparison.changes {
            counts[change.kind, default: 0] += 1
            let key = Key(part: change.part, id: change.itemId)
            if change.kind == .moved, changes[key] != nil { continue }
            changes[key] = change
            if change.part == "lines" {
                let line = current.budgets.lines.first { $0.id == change.itemId } ?? old.budgets.lines.first { $0.id == change.itemId }
                budgetHolders.formUnion([line?.organisationId, line?.placeId].compactMap { $0 })
            }
        }
    }

    /// The change to an item, by its part's key ("milestones") and id; nil when it is as it was.
    public func change(part: String, id: String) -> ItemChange? { changes[Key(part: part, id: id)] }

    /// The mark a pane shows beside an item: "+" added, "~" changed, "↕" moved, "" as it was.
    public func mark(part: String, id: String) -> String {
        SinceComparison.mark(change(part: part, id: id)?.kind)
    }

    public static func mark(_ kind: ItemChange.Kind?) -> String {
        switch kind {
        case .added: return "+"
        case .changed: return "~"
        case .moved: return "↕"
        case .removed, nil: return ""
        }
    }

    /// "4 changed, 1 added, 2 removed" (the legend's counts), or "no changes".
    public var summary: String {
        if differentProgrammes { return "a review of a different programme: nothing to mark" }
        let parts = [(ItemChange.Kind.changed, "~ changed"), (.added, "+ added"), (.moved, "↕ moved"), (.removed, "removed")]
            .compactMap { kind, word in counts[kind].map { "\($0) \(word)" } }
        return parts.isEmpty ? "no changes" : parts.joined(separator: ", ")
    }
}
