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
            tests.rows.selected = index
            tests.focus = .tests
        case .evidence(let test, let item):
            tests.rows.selected = test
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
            budgets.rows.selected = index
        case .place(let index):
            budgets.scope = .places
            budgets.rows.selected = index
        case .budgetLine(let index):
            let line = review.budgets.lines[index]
            if let org = line.organisationId, let position = review.programme.organisations.firstIndex(where: { $0.id == org }) {
                budgets.scope = .organisations
                budgets.rows.selected = position
            } else if let place = line.placeId, let position = review.programme.places.firstIndex(where: { $0.id == place }) {
                budgets.scope = .places
                budgets.rows.selected = position
            }
            if let yearIndex = derived.budgetYears(review).firstIndex(of: line.year) { budgets.yearIndex = yearIndex }
        case .recommendation(let index):
            decisions.section = .recommendations
            decisions.recommendations.selected = index
        case .action(let index):
            decisions.section = .actions
            decisions.actions.selected = actionOrder.firstIndex(of: index) ?? index
        case .paper:
            break
        }
    }

    /// The item the selection is on in the current pane.
    public var selectedItem: ItemRef? {
        switch pane {
        case .overview:
            return .paper
        case .timeline:
            return selectedMilestoneIndex.map { .milestone($0) }
        case .tests:
            guard let test = tests.rows.selected, review.mergerTests.indices.contains(test) else { return nil }
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
            guard let row = budgets.rows.selected else { return nil }
            if budgets.scope == .organisations {
                return review.programme.organisations.indices.contains(row) ? .organisation(row) : nil
            }
            return review.programme.places.indices.contains(row) ? .place(row) : nil
        case .decisions:
            if decisions.section == .recommendations {
                guard let row = decisions.recommendations.selected, review.recommendations.indices.contains(row) else { return nil }
                return .recommendation(row)
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
