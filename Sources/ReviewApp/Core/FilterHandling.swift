import ReviewModel
import TerminalToolkit

/// `f` (or `|`, as in VisiData): a filter on the pane's long list (the timeline's milestones,
/// the action log), typed on the status line. Each character narrows the list; Enter keeps
/// it, Esc puts back the filter there was. While it is on, the status line says so and how to
/// clear it; Esc on the pane clears it. The selected row stays selected when it is still shown.
enum FilterHandling {
    static func list(for state: AppState) -> ListFilter.List? {
        switch state.pane {
        case .timeline: return .milestones
        case .decisions: return .actions
        default: return nil
        }
    }

    static func start(_ state: inout AppState) {
        guard let list = list(for: state) else {
            state.warn("f filters the timeline and the action log; / searches every pane")
            return
        }
        if list == .actions { state.decisions.section = .actions }
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
            state.say(filter.shownCount == 0 ? "No \(filter.list.noun) hold \"\(filter.query)\": Esc clears the filter"
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

    /// Puts a filter on (nil or an empty text: none), keeping the selected row if it is shown.
    static func apply(_ spec: ListFilter.Spec?, _ state: inout AppState) {
        let item = state.selectedItem
        if let spec, !spec.query.trimmingCharacters(in: .whitespaces).isEmpty {
            state.document.filter(spec)
        } else {
            state.document.clearFilter()
        }
        if let item, state.isShown(item) {
            state.select(item)
        } else if state.pane == .timeline {
            state.timeline.rows = ListState(selected: 0)
            state.timeline.rows.clamp(count: state.timelineMilestoneRows.count)
        } else if state.pane == .decisions {
            state.decisions.actions = ListState(selected: 0)
            state.decisions.actions.clamp(count: state.actionOrder.count)
        }
    }
}
