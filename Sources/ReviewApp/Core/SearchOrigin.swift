import ReviewModel

/// Where the selection was when `/` opened the search prompt, and the search before it: each
/// typed character moves to the first hit from here, and Esc puts all of it back.
public struct SearchOrigin: Hashable, Sendable {
    var pane: Pane
    var overviewOffset: Int
    var timeline: TimelineCursor
    var tests: TestsCursor
    var appraisal: AppraisalCursor
    var budgets: BudgetsCursor
    var decisions: DecisionsCursor
    var previousSearch: SearchState
    /// The filter on a list then: a hit it hides clears it, and going back puts it back, so the
    /// cursors' positions in the shown lists mean the same rows again.
    var filter: ListFilter.Spec?
    /// Where the selected item comes in the screen order of search hits.
    var rank: SearchRank

    init(_ state: AppState) {
        pane = state.pane
        overviewOffset = state.overviewOffset
        timeline = state.timeline
        tests = state.tests
        appraisal = state.appraisal
        budgets = state.budgets
        decisions = state.decisions
        previousSearch = state.search
        filter = state.document.listFilter?.spec
        rank = state.selectedItem.map { ReviewSearch.rank(of: $0, review: state.review, derived: state.derived) }
            ?? SearchRank(state.pane.rawValue)
    }

    /// Puts the pane, the filter and every cursor back as they were.
    func restoreSelection(_ state: inout AppState) {
        if state.document.listFilter?.spec != filter {
            if let filter { state.document.filter(filter) } else { state.document.clearFilter() }
        }
        state.pane = pane
        state.overviewOffset = overviewOffset
        state.timeline = timeline
        state.tests = tests
        state.appraisal = appraisal
        state.budgets = budgets
        state.decisions = decisions
    }
}
