import ReviewModel

/// A place in the review an item lives, for search hits and selection.
public enum ItemRef: Hashable, Sendable {
    case milestone(Int)
    case test(Int)
    case evidence(test: Int, item: Int)
    case criterion(Int)
    case option(Int)
    case cell(option: Int, criterion: Int)
    case organisation(Int)
    case place(Int)
    case budgetLine(Int)
    case recommendation(Int)
    case action(Int)
    /// The cover sheet: the review's `paper` section.
    case paper

    public var pane: Pane {
        switch self {
        case .milestone: return .timeline
        case .test, .evidence: return .tests
        case .criterion, .option, .cell: return .appraisal
        case .organisation, .place, .budgetLine: return .budgets
        case .recommendation, .action: return .decisions
        case .paper: return .overview
        }
    }

    /// What the item is, in words: "milestone", "evidence"...
    public var noun: String {
        switch self {
        case .milestone: return "milestone"
        case .test: return "merger test"
        case .evidence: return "evidence"
        case .criterion, .cell: return "criterion"
        case .option: return "option"
        case .organisation: return "organisation"
        case .place: return "place"
        case .budgetLine: return "budget line"
        case .recommendation: return "recommendation"
        case .action: return "action"
        case .paper: return "cover sheet"
        }
    }
}

extension AppState {
    /// Moves the selection to an item, switching pane.
    public mutating func select(_ ref: ItemRef) {
        pane = ref.pane
        // An item a filter hides (a search hit, an undone change): the filter gives way.
        if !isShown(ref) { document.clearFilter() }
        switch ref {
        case .milestone(let index):
            if let position = timelinePosition(ofMilestone: index) { timeline.rows.selected = position }
        case .test(let index):
            tests.rows.selected = shownTests.position(of: index) ?? index
            tests.focus = .tests
        case .evidence(let test, let item):
            tests.rows.selected = shownTests.position(of: test) ?? test
            tests.evidence.selected = item
            tests.focus = .evidence
        case .criterion(let index):
            appraisal.row = index
            appraisal.showProsCons = false
        case .option(let index):
            appraisal.column = index
            appraisal.showProsCons = true
        case .cell(let option, let criterion):
            appraisal.column = option
            appraisal.row = criterion
            appraisal.showProsCons = false
        case .organisation(let index):
            budgets.scope = .organisations
            budgets.rows.selected = shownEntities(.organisations).position(of: index) ?? index
        case .place(let index):
            budgets.scope = .places
            budgets.rows.selected = shownEntities(.places).position(of: index) ?? index
        case .budgetLine(let index):
            guard review.budgets.lines.indices.contains(index) else { return }
            if let owner = budgetLineOwner(index) { select(owner) }
            let year = review.budgets.lines[index].year
            if let yearIndex = derived.budgetYears(review).firstIndex(of: year) { budgets.yearIndex = yearIndex }
        case .recommendation(let index):
            decisions.section = .recommendations
            decisions.recommendations.selected = shownRecommendations.position(of: index) ?? index
        case .action(let index):
            decisions.section = .actions
            decisions.actions.selected = actionOrder.firstIndex(of: index) ?? index
        case .paper:
            break
        }
    }

    /// The item the selection is on in the current pane.
    public var selectedItem: ItemRef? { selectedItem(in: pane) }

    /// The item the selection is on in a pane.
    func selectedItem(in pane: Pane) -> ItemRef? {
        switch pane {
        case .overview:
            return .paper
        case .timeline:
            return selectedMilestoneIndex.map { .milestone($0) }
        case .tests:
            guard let test = selectedTestIndex else { return nil }
            if tests.focus == .evidence, let item = tests.evidence.selected, review.mergerTests[test].evidence.indices.contains(item) {
                return .evidence(test: test, item: item)
            }
            return .test(test)
        case .appraisal:
            let appraisal = review.appraisal
            if self.appraisal.showProsCons || appraisal.criteria.isEmpty {
                return appraisal.options.indices.contains(self.appraisal.column) ? .option(self.appraisal.column) : nil
            }
            guard appraisal.criteria.indices.contains(self.appraisal.row) else { return nil }
            if appraisal.options.indices.contains(self.appraisal.column) {
                return .cell(option: self.appraisal.column, criterion: self.appraisal.row)
            }
            return .criterion(self.appraisal.row)
        case .budgets:
            guard let row = selectedEntityIndex else { return nil }
            return budgets.scope == .organisations ? .organisation(row) : .place(row)
        case .decisions:
            if decisions.section == .recommendations {
                return selectedRecommendationIndex.map { .recommendation($0) }
            }
            guard let row = decisions.actions.selected, actionOrder.indices.contains(row) else { return nil }
            return .action(actionOrder[row])
        }
    }

    public var selectedMilestoneIndex: Int? {
        guard let position = timeline.rows.selected, timelineMilestoneRows.indices.contains(position),
              case .milestone(let index) = timelineRows[timelineMilestoneRows[position]] else { return nil }
        return index
    }
}
