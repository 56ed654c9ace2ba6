/// What differs between two versions of a review, item by item and field by field.
public struct ReviewComparison: Sendable {
    public var changes: [ItemChange]
    /// Set when the two files are reviews of different programmes (neither the programme's
    /// name nor its system in common): then `changes` is empty, as a list of every item
    /// would tell a reader nothing.
    public var differentProgrammes: (old: String, new: String)?

    public var isEmpty: Bool { changes.isEmpty && differentProgrammes == nil }

    public init(from old: Review, to new: Review) {
        if old.programme.name != new.programme.name && old.programme.system != new.programme.system {
            differentProgrammes = (old.programme.name, new.programme.name)
            changes = []
            return
        }
        differentProgrammes = nil
        let names = ReviewNames(new, old)
        changes = ReviewParts.all.flatMap { $0.changes(from: old, to: new, names: names) }
    }
}
