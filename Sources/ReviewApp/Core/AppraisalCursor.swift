import ReviewModel
import TerminalToolkit

public struct AppraisalCursor: Hashable, Sendable {
    /// Criterion row (criteria count = the totals row when scored).
    public var row = 0
    /// Option column.
    public var column = 0
    public var rowOffset = 0
    public var showProsCons = false
}
