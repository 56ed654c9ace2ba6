import ReviewModel

/// The long lists as the panes show them: every row, or the rows a filter leaves
/// (`ListFilter`). Views, moving and selecting read these, never the derived lists directly.
extension AppState {
    private var milestoneFilter: ListFilter? { document.listFilter?.list == .milestones ? document.listFilter : nil }
    private var actionFilter: ListFilter? { document.listFilter?.list == .actions ? document.listFilter : nil }

    /// Timeline rows shown: headings, the as-of line and milestones in date order.
    public var timelineRows: [TimelineRow] { milestoneFilter?.timelineRows ?? derived.timelineRows }
    /// The row of each shown milestone in `timelineRows`, in order.
    public var timelineMilestoneRows: [Int] { milestoneFilter?.timelineMilestoneRows ?? derived.timelineMilestoneRows }

    /// A milestone's position among the shown ones; nil when a filter hides it.
    public func timelinePosition(ofMilestone index: Int) -> Int? {
        guard let filter = milestoneFilter else { return derived.timelinePosition(ofMilestone: index) }
        return filter.positions.indices.contains(index) && filter.positions[index] >= 0 ? filter.positions[index] : nil
    }

    /// Actions shown, in the log's order.
    public var actionOrder: [Int] { actionFilter?.actionOrder ?? derived.actionOrder }

    /// False when a filter hides the item.
    func isShown(_ item: ItemRef) -> Bool {
        switch item {
        case .milestone(let index): return timelinePosition(ofMilestone: index) != nil
        case .action(let index): return actionFilter.map { $0.actionOrder.contains(index) } ?? true
        default: return true
        }
    }
}
