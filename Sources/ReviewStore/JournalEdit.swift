import ReviewModel

/// One accepted edit: the patch from the state before it, and the unsaved-change count after it.
public struct JournalEdit: Hashable, Sendable {
    public var at: String
    public var changeCount: Int
    public var patch: ReviewPatch

    public init(at: String, changeCount: Int, patch: ReviewPatch) {
        self.at = at
        self.changeCount = changeCount
        self.patch = patch
    }
}
