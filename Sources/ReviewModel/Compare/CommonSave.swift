/// The last save two copies of a review share (a sync tool's "conflicted copy" and the
/// file it was copied from), found from their audit trails, and the ids of the items each
/// side changed since. A save records the content hash of what it wrote and the ids it
/// changed (`HistoryEntry`), so the trail can be trusted only when every later entry has its
/// ids and the file still holds what its last save wrote.
public struct CommonSave: Hashable, Sendable {
    /// The last history entry both copies have.
    public var entry: HistoryEntry
    public var changedByOurs: Set<String>
    public var changedByTheirs: Set<String>

    public init(entry: HistoryEntry, changedByOurs: Set<String>, changedByTheirs: Set<String>) {
        self.entry = entry
        self.changedByOurs = changedByOurs
        self.changedByTheirs = changedByTheirs
    }

    /// The common save of two copies, given the content hash of each as it is now (see
    /// `HistoryEntry.contentHash`). Nil when the trails share no entry, or a side's trail
    /// cannot say what changed since: an entry without its ids, or a file whose content is
    /// not what its last save wrote (edited by hand or by an older merger-review).
    public static func find(ours: Review, ourContentHash: String, theirs: Review, theirContentHash: String) -> CommonSave? {
        var shared = 0
        while shared < ours.history.count && shared < theirs.history.count && ours.history[shared] == theirs.history[shared] {
            shared += 1
        }
        guard shared > 0,
              let changedByOurs = changes(after: shared, in: ours.history, contentHash: ourContentHash),
              let changedByTheirs = changes(after: shared, in: theirs.history, contentHash: theirContentHash) else { return nil }
        return CommonSave(entry: ours.history[shared - 1], changedByOurs: changedByOurs, changedByTheirs: changedByTheirs)
    }

    /// The ids the entries from `shared` on changed; nil when the trail cannot say.
    private static func changes(after shared: Int, in history: [HistoryEntry], contentHash: String) -> Set<String>? {
        guard let last = history.last, last.contentHash == contentHash else { return nil }
        var ids = Set<String>()
        for entry in history[shared...] {
            guard let changed = entry.changedIds else { return nil }
            ids.formUnion(changed)
        }
        return ids
    }
}
