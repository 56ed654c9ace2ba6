/// What a merge measures each side's changes against.
public enum MergeBase: Sendable {
    /// The version both sides started from (a three-way merge).
    case review(Review)
    /// Two copies whose audit trails share a save: what each side changed since it.
    case commonSave(CommonSave)
    /// Nothing known in common: every field that differs is a conflict.
    case unknown
}
