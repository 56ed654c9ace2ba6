import ReviewModel

/// The panes' lists as they are shown: every row, or the rows a filter leaves (`ListFilter`).
/// Views, moving and selecting read these, never the review's arrays or the derived lists
/// directly; a list's `ListState.selected` is a position in its shown order.
extension AppState {
    private func listFilter(on list: ListFilter.List) -> ListFilter? {
        document.listFilter?.list == list ? document.listFilter : nil
    }

    private func shown(_ list: ListFilter.List) -> ShownOrder {
        listFilter(on: list).map { ShownOrder(only: $0.order) } ?? ShownOrder(all: ListFilter.count(of: list, in: review))
    }

    /// Timeline rows shown: headings, the as-of line and milestones in date order.
    public var timelineRows: [TimelineRow] { listFilter(on: .milestones)?.timelineRows ?? derived.timelineRows }
    /// The row of each shown milestone in `timelineRows`, in order.
    public var timelineMilestoneRows: [Int] { listFilter(on: .milestones)?.timelineMilestoneRows ?? derived.timelineMilestoneRows }

    /// A milestone's position among the shown ones; nil when a filter hides it.
    public func timelinePosition(ofMilestone index: Int) -> Int? {
        guard let filter = listFilter(on: .milestones) else { return derived.timelinePosition(ofMilestone: index) }
        return filter.positions.indices.contains(index) && filter.positions[index] >= 0 ? filter.positions[index] : nil
    }

    /// Merger tests shown (a position in the tests table gives the test).
    public var shownTests: ShownOrder { shown(.tests) }
    /// Recommendations shown.
    public var shownRecommendations: ShownOrder { shown(.recommendations) }
    /// Organisations or places shown on the budgets pane.
    public func shownEntities(_ scope: TotalScope) -> ShownOrder { shown(scope == .organisations ? .organisations : .places) }

    /// Actions shown, in the log's order.
    public var actionOrder: [Int] { listFilter(on: .actions)?.order ?? derived.actionOrder }

    /// The selected merger test (its index in the review).
    public var selectedTestIndex: Int? { item(at: tests.rows.selected, of: shownTests) }
    /// The selected organisation or place (its index in the review) of the budgets pane's scope.
    public var selectedEntityIndex: Int? { item(at: budgets.rows.selected, of: shownEntities(budgets.scope)) }
    /// The selected recommendation (its index in the review).
    public var selectedRecommendationIndex: Int? { item(at: decisions.recommendations.selected, of: shownRecommendations) }

    private func item(at position: Int?, of order: ShownOrder) -> Int? {
        guard let position, order.indices.contains(position) else { return nil }
        return order[position]
    }

    /// The line a list shows in place of its rows when a filter on it leaves none.
    func noRowsText(_ list: ListFilter.List) -> String? {
        guard let filter = listFilter(on: list), filter.shownCount == 0 else { return nil }
        return filter.noRowsText
    }

    /// False when a filter hides the item.
    func isShown(_ item: ItemRef) -> Bool {
        switch item {
        case .milestone(let index): return timelinePosition(ofMilestone: index) != nil
        case .test(let index), .evidence(let index, _): return shownTests.position(of: index) != nil
        case .organisation(let index): return shownEntities(.organisations).position(of: index) != nil
        case .place(let index): return shownEntities(.places).position(of: index) != nil
        case .recommendation(let index): return shownRecommendations.position(of: index) != nil
        case .action(let index): return listFilter(on: .actions).map { $0.order.contains(index) } ?? true
        case .budgetLine(let index): return budgetLineOwner(index).map(isShown) ?? true
        case .criterion, .option, .cell, .paper: return true
        }
    }

    /// The organisation's or place's row a budget line is shown under.
    func budgetLineOwner(_ index: Int) -> ItemRef? {
        guard review.budgets.lines.indices.contains(index) else { return nil }
        let line = review.budgets.lines[index]
        if let org = line.organisationId, let position = review.programme.organisations.firstIndex(where: { $0.id == org }) {
            return .organisation(position)
        }
        if let place = line.placeId, let position = review.programme.places.firstIndex(where: { $0.id == place }) {
            return .place(position)
        }
        return nil
    }
}
