import ReviewModel
import TerminalToolkit

/// The mouse, as in htop and lazygit: a click on a pane's tab shows the pane, a click on a
/// row selects it (on the tests pane, a row of the selected test's evidence too), a click on a
/// key of the F-key bar runs it, a double click opens the reader on a row, and the wheel moves the selection
/// (or scrolls the help, the history and the reader). What is under the pointer is worked
/// out from the layout the views draw (their geometry functions), never asked of the terminal.
/// Editors, prompts and dialogs take keys only: the mouse does nothing there.
enum MouseHandling {
    /// Rows one turn of the wheel moves.
    static let wheelStep = 3

    /// What the mouse does, as help lists it.
    static let helpSection = HelpSection(title: "Mouse (merger-review --no-mouse leaves it to the terminal)", entries: [
        HelpEntry(keys: "Click a tab", description: "Show that pane"),
        HelpEntry(keys: "Click a row", description: "Select it (a test's evidence too)"),
        HelpEntry(keys: "Click an F-key", description: "Run it, as pressing the key does"),
        HelpEntry(keys: "Double-click", description: "Read the row's item in full"),
        HelpEntry(keys: "Wheel", description: "Move the selection; scroll the help, history or reader"),
    ])

    static func handle(_ event: MouseEvent, _ state: inout AppState) -> [AppEffect] {
        guard !Geometry.isTooSmall(state.size) else { return [] }
        switch state.mode {
        case .normal:
            return onPanes(event, &state)
        case .help, .history, .reading:
            guard let key = wheelKey(event) else { return [] }
            var effects: [AppEffect] = []
            for _ in 0..<wheelStep { effects += AppUpdate.handle(key, &state) }
            return effects
        default:
            return []
        }
    }

    static func wheelKey(_ event: MouseEvent) -> Key? {
        switch event.kind {
        case .wheelUp: return .up
        case .wheelDown: return .down
        case .click, .doubleClick: return nil
        }
    }

    static func onPanes(_ event: MouseEvent, _ state: inout AppState) -> [AppEffect] {
        if let key = wheelKey(event) {
            state.message = nil
            for _ in 0..<wheelStep { Navigation.move(key == .up ? .up : .down, &state) }
            return []
        }
        if event.y == AppView.tabsRow {
            if let index = AppView.tabsBar(state).tab(atColumn: event.x, in: AppView.tabsArea(state.size)),
               let pane = Pane(rawValue: index) {
                state.message = nil
                state.pane = pane
            }
            return []
        }
        let keysArea = AppView.functionKeysArea(state.size)
        if state.presenting == nil, event.y == keysArea.y {
            guard let key = AppView.functionKeyBar(state).key(atColumn: event.x, in: keysArea) else { return [] }
            state.message = nil
            return AppUpdate.handle(key, &state)
        }
        let body = Geometry.body(state.size, presenting: state.presenting != nil)
        guard body.contains(Point(x: event.x, y: event.y)), let item = item(atX: event.x, y: event.y, state, body: body) else { return [] }
        state.message = nil
        state.select(item)
        return event.kind == .doubleClick ? AppUpdate.perform(.read, &state) : []
    }

    /// The item drawn at a cell of the pane's body, by the pane's own layout.
    static func item(atX x: Int, y: Int, _ state: AppState, body: Rect) -> ItemRef? {
        switch state.pane {
        case .overview: return nil
        case .timeline: return TimelineView.milestone(atRow: y, state, body: body)
        case .tests: return TestsView.item(atX: x, y: y, state, body: body)
        case .appraisal: return AppraisalView.item(atX: x, y: y, state, body: body)
        case .budgets: return BudgetsView.entity(atRow: y, state, body: body)
        case .decisions: return DecisionsView.item(atRow: y, state, body: body)
        }
    }
}
