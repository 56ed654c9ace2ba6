import ReviewModel
import TerminalToolkit

public struct AppraisalCursor: Hashable, Sendable {
    /// Criterion row (criteria count = the totals row when scored).
    public var row = 0
    /// Option column.
    public var column = 0
    /// The first criterion on screen, as the table last drew it.
    public var rowOffset = 0
    /// Options scrolled off to the left, as the table last drew it.
    public var columnOffset = 0
    public var showProsCons = false
    /// The first line of the pros and cons shown.
    public var prosConsScroll = 0
}
