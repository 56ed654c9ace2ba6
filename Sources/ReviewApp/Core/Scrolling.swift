import TerminalToolkit

/// Keeps the selection valid after a message. The panes' tables scroll themselves while
/// drawing, with the least movement (`ScrollOffsets`), so a one-row move redraws one or two
/// rows rather than the whole pane.
enum Scrolling {
    static func settle(_ state: inout AppState) {
        switch state.pane {
        case .tests:
            state.tests.rows.clamp(count: state.shownTests.count)
        case .overview, .timeline, .appraisal, .budgets, .decisions:
            break
        }
    }
}
