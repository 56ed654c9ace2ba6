import ReviewModel

/// The warnings list while it is open: the validation issues of the review as it was when it
/// opened, the entry selected and the first line shown.
public struct WarningsList: Hashable, Sendable {
    public var issues: [ValidationIssue]
    public var selected: Int
    public var scroll: Int

    public init(issues: [ValidationIssue], selected: Int = 0, scroll: Int = 0) {
        self.issues = issues
        self.selected = selected
        self.scroll = scroll
    }
}
