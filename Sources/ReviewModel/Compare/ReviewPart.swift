/// One part of a review that comparison and merge go through item by item: a list such as
/// the milestones, or a single record such as the programme's details. `ReviewParts.all`
/// lists them; `ReviewSection` is the one implementation, generic over the kind of item.
public protocol ReviewPart: Sendable {
    /// The part's key in the file ("milestones"), also naming it in a stored conflict.
    var key: String { get }
    /// What one item is called ("milestone").
    var singular: String { get }
    /// Items added, removed, moved and changed from `old` to `new`, in `new`'s order.
    func changes(from old: Review, to new: Review, names: ReviewNames) -> [ItemChange]
    /// Sets this part of `result` to the merge of the two sides' parts, measured against
    /// `base`, and returns the conflicts left (the merged part holds "ours" where a conflict is).
    func merge(base: MergeBase, ours: Review, theirs: Review, into result: inout Review) -> [MergeConflict]
    /// Applies one side of a conflict of this part to `review`.
    func resolve(_ conflict: MergeConflict, choosing side: MergeSide, in review: inout Review)
    /// The field's label and the three values as a person reads them.
    func describe(_ conflict: MergeConflict, names: ReviewNames) -> ConflictDescription
}
