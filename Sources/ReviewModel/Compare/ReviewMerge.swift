/// The three-way merge of two reviews that share a base, item by item and field by field.
///
/// Changes to different items or fields merge; the same change on both sides is one change;
/// a field changed differently on both sides, or an item removed on one side and changed on
/// the other, is a conflict, kept in `Review.conflicts` with the merged review holding
/// "ours" (or the changed item). Two copies without a base are measured against their last
/// common save (`CommonSave`): an item only one side changed since takes that side's version.
/// With nothing in common every field that differs is a conflict and every item on one side
/// only is kept.
public enum ReviewMerge {
    public static func merge(base: Review?, ours: Review, theirs: Review) -> Review {
        merge(base: base.map(MergeBase.review) ?? .unknown, ours: ours, theirs: theirs)
    }

    public static func merge(base: MergeBase, ours: Review, theirs: Review) -> Review {
        var result = ours
        var conflicts: [MergeConflict] = []
        for part in ReviewParts.all {
            conflicts += part.merge(base: base, ours: ours, theirs: theirs, into: &result)
        }
        // Conflicts already in either file stay until someone resolves them.
        result.conflicts = (ours.conflicts + theirs.conflicts.filter { !ours.conflicts.contains($0) }) + conflicts
        result.history = joinedHistory(ours: ours.history, theirs: theirs.history)
        return result
    }

    /// The entries both sides share, then each side's later entries in time order (an entry
    /// on both sides once).
    static func joinedHistory(ours: [HistoryEntry], theirs: [HistoryEntry]) -> [HistoryEntry] {
        var shared = 0
        while shared < ours.count && shared < theirs.count && ours[shared] == theirs[shared] { shared += 1 }
        let ourLater = ours[shared...], theirLater = theirs[shared...].filter { !ours[shared...].contains($0) }
        let later = (Array(ourLater) + theirLater).enumerated().sorted {
            ($0.element.at, $0.offset) < ($1.element.at, $1.offset)
        }.map(\.element)
        return Array(ours[..<shared]) + later
    }
}

extension Review {
    /// Applies one side of the conflict at `index` to the review and removes the conflict.
    public mutating func resolveConflict(at index: Int, choosing side: MergeSide) {
        guard conflicts.indices.contains(index) else { return }
        let conflict = conflicts.remove(at: index)
        ReviewParts.part(conflict.part)?.resolve(conflict, choosing: side, in: &self)
    }

    /// The conflict as a person reads it.
    public func describe(_ conflict: MergeConflict) -> ConflictDescription? {
        ReviewParts.part(conflict.part)?.describe(conflict, names: ReviewNames(self))
    }
}
