import TerminalToolkit

/// Keeps scroll offsets so the selection stays visible with the least movement, so that a
/// one-row move redraws one or two rows rather than the whole pane.
enum Scrolling {
    static func settle(_ state: inout AppState) {
        let body = Geometry.body(state.size, presenting: state.presenting != nil)
        switch state.pane {
        case .overview:
            break
        case .appraisal:
            let count = state.review.appraisal.criteria.count
            let visible = MatrixLayout(state, body: body).visibleCriteria
            var list = ListState(selected: state.appraisal.row, offset: state.appraisal.rowOffset)
            list.scrollToSelection(visibleRows: visible, count: count)
            state.appraisal.rowOffset = list.offset
        case .tests:
            // The tests table scrolls itself while drawing (`ScrollOffsets`).
            state.tests.rows.clamp(count: state.shownTests.count)
        case .timeline:
            // The timeline table scrolls itself while drawing (`ScrollOffsets`).
            break
        case .decisions:
            // The recommendations and the action log scroll themselves while drawing (`ScrollOffsets`).
            break
        case .budgets:
            break
        }
    }
}
