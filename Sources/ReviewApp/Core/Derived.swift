import ReviewModel

/// Figures derived from the review, computed once per change so that moving around
/// costs nothing however large the review is.
public struct Derived: Sendable {
    /// Timeline rows: group headings, the as-of line and milestones in date order.
    public var timelineRows: [TimelineRow]
    /// Row index of each milestone row in `timelineRows`, in display order.
    public var timelineMilestoneRows: [Int]
    public var summary: ReviewSummary
    public var overdueMilestoneIds: Set<String>
    public var warningsByPath: [String: String]
    /// Actions in display order: those held over from earlier meetings first, then the rest, file order within each.
    public var actionOrder: [Int]

    public init(review: Review) {
        summary = ReviewSummary(review)
        let asOf = review.programme.asOf
        var rows: [TimelineRow] = []
        var milestoneRows: [Int] = []
        var currentGroup: String?
        var asOfShown = false
        let ordered = review.milestones.indices.sorted {
            (review.milestones[$0].date.sortDate, $0) < (review.milestones[$1].date.sortDate, $1)
        }
        for index in ordered {
            let milestone = review.milestones[index]
            if !asOfShown && milestone.date.sortDate >= asOf {
                rows.append(.asOf(asOf))
                asOfShown = true
            }
            let group = Derived.groupName(milestone.date)
            if group != currentGroup {
                rows.append(.group(group))
                currentGroup = group
            }
            milestoneRows.append(rows.count)
            rows.append(.milestone(index))
        }
        if !asOfShown { rows.append(.asOf(asOf)) }
        timelineRows = rows
        timelineMilestoneRows = milestoneRows
        overdueMilestoneIds = Set(review.milestones.filter { $0.isOverdue(asOf: asOf) }.map(\.id))
        var warnings: [String: String] = [:]
        for issue in Validation.validate(review) where warnings[issue.path] == nil {
            warnings[issue.path] = issue.message
        }
        warningsByPath = warnings
        let heldOver = review.actions.indices.filter { Derived.isHeldOver(review.actions[$0], asOf: asOf) }
        let heldOverSet = Set(heldOver)
        actionOrder = heldOver + review.actions.indices.filter { !heldOverSet.contains($0) }
    }

    /// An open action raised at an earlier meeting, or carried forward.
    public static func isHeldOver(_ action: Action, asOf: CalendarDate) -> Bool {
        action.isOpen && (action.status == .carriedForward || (action.raisedAt.map { $0 < asOf } ?? false))
    }

    /// Milestones group by the month they sort in ("September 2020"); labels by their sort date.
    static func groupName(_ date: FlexibleDate) -> String {
        let sorts = date.sortDate
        return "\(MonthNames.long[sorts.month - 1]) \(sorts.year)"
    }
}

public enum TimelineRow: Hashable, Sendable {
    case group(String)
    case asOf(CalendarDate)
    case milestone(Int)
}
