import ReviewModel
import TerminalToolkit

/// `f` (or `|`, as in VisiData): a filter on the pane's list (the timeline's milestones, the
/// merger tests, the budgets pane's organisations or places, the recommendations or the action
/// log, whichever section is selected), typed on the status line. Each character narrows the
/// list; Enter keeps it, Esc puts back the filter there was. While it is on, the status line
/// says so and how to clear it; Esc on the pane clears it. The selected row stays selected when
/// it is still shown.
enum FilterHandling {
    static func list(for state: AppState) -> ListFilter.List? {
        switch state.pane {
        case .timeline: return .milestones
        case .tests: return .tests
        case .budgets: return state.budgets.scope == .organisations ? .organisations : .places
        case .decisions: return state.decisions.section == .recommendations ? .recommendations : .actions
        case .overview, .appraisal: return nil
        }
    }

    static func start(_ state: inout AppState) {
        guard let list = list(for: state) else {
            state.warn("f filters the lists of the timeline, tests, budgets and decisions panes; / searches every pane")
            return
        }
        var prompt = Prompt(kind: .filter)
        prompt.filterBefore = state.document.listFilter?.spec
        if let before = prompt.filterBefore, before.list == list { prompt.input = TextInput(before.query) }
        state.mode = .prompt(prompt)
    }

    /// After each change to the typed text.
    static func typed(_ prompt: Prompt, _ state: inout AppState) {
        apply(list(for: state).map { ListFilter.Spec(list: $0, query: prompt.input.text) }, &state)
    }

    static func accept(_ prompt: Prompt, _ state: inout AppState) {
        typed(prompt, &state)
        if let filter = state.document.listFilter {
            state.say(filter.shownCount == 0 ? "No \(filter.list.singular) holds \"\(filter.query)\": Esc clears the filter"
                : "Showing the \(filter.shownCount) \(filter.list.noun) of \(filter.total) holding \"\(filter.query)\"")
        }
    }

    static func cancel(_ prompt: Prompt, _ state: inout AppState) {
        apply(prompt.filterBefore, &state)
    }

    /// Esc on the pane.
    static func clear(_ state: inout AppState) {
        apply(nil, &state)
        state.say("Filter cleared: every row is shown")
    }

    /// Puts a filter on (nil or an empty text: none). In the current pane and in the panes of
    /// the filters before and after, the selected row stays selected when it is still shown;
    /// otherwise the first row shown is.
    static func apply(_ spec: ListFilter.Spec?, _ state: inout AppState) {
        let pane = state.pane
        let others = [state.document.listFilter?.list.pane, spec?.list.pane].compactMap { $0 }.filter { $0 != pane }
        let kept = ([pane] + others).map { (pane: $0, item: state.selectedItem(in: $0)) }
        if let spec, !spec.query.trimmingSpaces.isEmpty {
            state.document.filter(spec)
        } else {
            state.document.clearFilter()
        }
        // The current pane last, so it is the one left showing.
        for (listPane, item) in kept.reversed() {
            state.pane = listPane
            if let item, state.isShown(item) { state.select(item) } else { selectFirstRow(&state) }
        }
        state.pane = pane
    }

    private static func selectFirstRow(_ state: inout AppState) {
        switch list(for: state) {
        case .milestones:
            state.timeline.rows = ListState(selected: 0)
            state.timeline.rows.clamp(count: state.timelineMilestoneRows.count)
        case .tests:
            state.tests.rows = ListState(selected: 0)
            state.tests.rows.clamp(count: state.shownTests.count)
            state.tests.focus = .tests
            state.tests.evidence = ListState(selected: 0)
        case .organisations, .places:
            state.budgets.rows = ListState(selected: 0)
            state.budgets.rows.clamp(count: state.shownEntities(state.budgets.scope).count)
        case .recommendations:
            state.decisions.recommendations = ListState(selected: 0)
            state.decisions.recommendations.clamp(count: state.shownRecommendations.count)
        case .actions:
            state.decisions.actions = ListState(selected: 0)
            state.decisions.actions.clamp(count: state.actionOrder.count)
        case nil:
            break
        }
    }
}
