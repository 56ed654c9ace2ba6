import ReviewModel
import TerminalToolkit

/// Moving the selection in each pane. Everything here is O(1) in the size of the review.
enum Navigation {
    /// Rows a page moves: the pane body's height, roughly.
    static func pageSize(_ state: AppState) -> Int { max(1, state.size.height - 10) }

    static func moveList(_ list: inout ListState, _ command: Command, count: Int, page: Int) {
        switch command {
        case .up: list.moveSelection(by: -1, count: count)
        case .down: list.moveSelection(by: 1, count: count)
        case .pageUp: list.moveSelection(by: -page, count: count)
        case .pageDown: list.moveSelection(by: page, count: count)
        case .top: list.selectFirst(count: count)
        case .bottom: list.selectLast(count: count)
        default: break
        }
    }

    /// Scrolls text (the overview, the pros and cons) by a line, a page or to an end, within `0...last`.
    static func scroll(_ offset: inout Int, _ command: Command, page: Int, last: Int) {
        switch command {
        case .up: offset -= 1
        case .down: offset += 1
        case .pageUp: offset -= page
        case .pageDown: offset += page
        case .top: offset = 0
        case .bottom: offset = last
        default: break
        }
        offset = min(max(0, offset), max(0, last))
    }

    static func move(_ command: Command, _ state: inout AppState) {
        let page = pageSize(state)
        switch state.pane {
        case .overview:
            scroll(&state.overviewOffset, command, page: page, last: OverviewView.lastOffset(state))
        case .timeline:
            moveList(&state.timeline.rows, command, count: state.timelineMilestoneRows.count, page: page)
        case .tests:
            moveTests(command, &state, page: page)
        case .appraisal:
            moveAppraisal(command, &state, page: page)
        case .budgets:
            if command == .left { state.budgets.columnOffset = max(0, state.budgets.columnOffset - 1); return }
            if command == .right { state.budgets.columnOffset = min(state.budgets.columnOffset + 1, max(0, BudgetsModel(state).columns.count - 1)); return }
            moveList(&state.budgets.rows, command, count: state.shownEntities(state.budgets.scope).count, page: page)
        case .decisions:
            switch command {
            case .left: state.decisions.section = .recommendations
            case .right: state.decisions.section = .actions
            default:
                if state.decisions.section == .recommendations {
                    moveList(&state.decisions.recommendations, command, count: state.shownRecommendations.count, page: page)
                } else {
                    moveList(&state.decisions.actions, command, count: state.actionOrder.count, page: page)
                }
            }
        }
    }

    private static func moveTests(_ command: Command, _ state: inout AppState, page: Int) {
        let tests = state.review.mergerTests
        switch command {
        case .right:
            if let test = state.selectedTestIndex, !tests[test].evidence.isEmpty {
                state.tests.focus = .evidence
                state.tests.evidence.clamp(count: tests[test].evidence.count)
                if state.tests.evidence.selected == nil { state.tests.evidence.selected = 0 }
            } else {
                state.say("This test has no evidence yet: A adds one")
                state.tests.focus = .evidence
                state.tests.evidence.selected = nil
            }
        case .left:
            state.tests.focus = .tests
        default:
            if state.tests.focus == .evidence, let test = state.selectedTestIndex {
                moveList(&state.tests.evidence, command, count: tests[test].evidence.count, page: page)
            } else {
                let before = state.tests.rows.selected
                moveList(&state.tests.rows, command, count: state.shownTests.count, page: page)
                if state.tests.rows.selected != before { state.tests.evidence = ListState(selected: 0) }
            }
        }
    }

    private static func moveAppraisal(_ command: Command, _ state: inout AppState, page: Int) {
        let appraisal = state.review.appraisal
        let rows = appraisal.criteria.count
        let columns = appraisal.options.count
        var cursor = state.appraisal
        if cursor.showProsCons && command != .left && command != .right {
            let limits = AppraisalView.prosConsLimits(state)
            scroll(&state.appraisal.prosConsScroll, command, page: limits.page, last: limits.last)
            return
        }
        switch command {
        case .up: cursor.row = max(0, cursor.row - 1)
        case .down: cursor.row = min(max(0, rows - 1), cursor.row + 1)
        case .pageUp: cursor.row = max(0, cursor.row - page)
        case .pageDown: cursor.row = min(max(0, rows - 1), cursor.row + page)
        case .top: cursor.row = 0
        case .bottom: cursor.row = max(0, rows - 1)
        case .left: cursor.column = max(0, cursor.column - 1)
        case .right: cursor.column = min(max(0, columns - 1), cursor.column + 1)
        default: break
        }
        if cursor.column != state.appraisal.column { cursor.prosConsScroll = 0 }
        state.appraisal = cursor
    }

    static func paneOption(_ command: Command, _ state: inout AppState) {
        switch command {
        case .toggleProsCons:
            state.appraisal.showProsCons.toggle()
            state.appraisal.prosConsScroll = 0
        case .nextYear:
            let years = state.derived.budgetYears(state.review)
            guard !years.isEmpty else { return state.say("No budget lines yet") }
            let current = state.budgets.yearIndex ?? years.count - 1
            state.budgets.yearIndex = (current + 1) % years.count
            state.say("Financial year \(years[state.budgets.yearIndex ?? 0])")
        case .nextChartMeasure:
            let figures = BudgetFigures(state.review)
            let measures = BudgetsModel.chartableMeasures(state, figures)
            guard !measures.isEmpty else { return state.say("Nothing to chart") }
            let current = state.budgets.chartMeasure.flatMap { measures.firstIndex(of: $0) } ?? -1
            state.budgets.chartMeasure = measures[(current + 1) % measures.count]
            state.say("Chart: \(state.budgets.chartMeasure?.label ?? "")")
        case .toggleBudgetScope:
            state.budgets.scope = state.budgets.scope == .organisations ? .places : .organisations
            state.budgets.rows = ListState(selected: 0)
            state.budgets.chartMeasure = nil
            // A filter on the organisations goes on to the places, and back.
            if let filter = state.document.listFilter, filter.list == .organisations || filter.list == .places {
                FilterHandling.apply(ListFilter.Spec(list: state.budgets.scope == .organisations ? .organisations : .places,
                                                     query: filter.query), &state)
            }
            state.say(state.budgets.scope == .organisations ? "Showing organisations" : "Showing places")
        default: break
        }
    }
}
