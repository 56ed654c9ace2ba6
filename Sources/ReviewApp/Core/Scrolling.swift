import TerminalToolkit

/// Keeps scroll offsets so the selection stays visible with the least movement, so that a
/// one-row move redraws one or two rows rather than the whole pane.
enum Scrolling {
    static func settle(_ state: inout AppState) {
        let body = Geometry.body(state.size, presenting: state.presenting != nil)
        switch state.pane {
        case .overview:
            break
        case .timeline:
            let areas = TimelineView.areas(state, body: body)
            let visible = TimelineView.listRows(areas)
            let rows = state.timelineRows.count
            guard visible > 0, let position = state.timeline.rows.selected,
                  state.timelineMilestoneRows.indices.contains(position) else { return }
            let row = state.timelineMilestoneRows[position]
            var offset = min(state.timeline.offset, max(0, rows - visible))
            if row < offset {
                // Show the heading above when scrolling up onto a group's first item.
                offset = max(0, row - (row > 0 && isHeading(state, row - 1) ? 1 : 0))
            } else if row >= offset + visible {
                offset = row - visible + 1
            }
            state.timeline.offset = max(0, offset)
        case .appraisal:
            let count = state.review.appraisal.criteria.count
            let visible = MatrixLayout(state, body: body).visibleCriteria
            var list = ListState(selected: state.appraisal.row, offset: state.appraisal.rowOffset)
            list.scrollToSelection(visibleRows: visible, count: count)
            state.appraisal.rowOffset = list.offset
        case .tests:
            // The tests table scrolls itself while drawing (`ScrollOffsets`).
            state.tests.rows.clamp(count: state.shownTests.count)
        case .budgets, .decisions:
            break
        }
    }

    static func isHeading(_ state: AppState, _ row: Int) -> Bool {
        if case .group = state.timelineRows[row] { return true }
        return false
    }
}
