/// A difference a three-way merge could not settle, kept in the merged review (and its
/// file) until someone chooses a side: the part and item it is in, the field (none when
/// one side removed the item the other changed), and the item as it was in the base and on
/// each side (none where it did not exist there).
public struct MergeConflict: Hashable, Sendable {
    public var part: String
    public var itemId: String
    public var field: String?
    public var base: ConflictItem?
    public var ours: ConflictItem?
    public var theirs: ConflictItem?

    public init(part: String, itemId: String, field: String?, base: ConflictItem?, ours: ConflictItem?, theirs: ConflictItem?) {
        self.part = part
        self.itemId = itemId
        self.field = field
        self.base = base
        self.ours = ours
        self.theirs = theirs
    }
}
