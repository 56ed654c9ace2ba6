import ReviewModel
import TerminalToolkit

/// What a validation issue concerns, read from its JSON path (`$.mergerTests[3].rag`): an
/// item on a pane, a stated total of the budgets, a key figure of the Overview or a merge
/// conflict. The warnings list names it and goes there.
public enum WarningPlace: Hashable, Sendable {
    case item(ItemRef)
    case statedTotal(Int)
    case keyFigure(Int)
    case conflict(Int)
    /// The review as a whole (a path that names no list item).
    case review

    /// The place a JSON path names.
    public init(path: String) {
        let steps = WarningPlace.steps(path)
        func index(_ name: String) -> Int? { steps.first { $0.name == name }?.index }
        let lists = steps.map(\.name)
        switch lists.first {
        case "milestones": self = index("milestones").map { .item(.milestone($0)) } ?? .review
        case "mergerTests":
            guard let test = index("mergerTests") else { self = .review; return }
            self = index("evidence").map { .item(.evidence(test: test, item: $0)) } ?? .item(.test(test))
        case "appraisal":
            if let criterion = index("criteria") { self = .item(.criterion(criterion)) }
            else if let option = index("options") { self = .item(.option(option)) }
            else { self = .review }
        case "paper": self = .item(.paper)
        case "programme":
            if let organisation = index("organisations") { self = .item(.organisation(organisation)) }
            else if let place = index("places") { self = .item(.place(place)) }
            else if let figure = index("keyFigures") { self = .keyFigure(figure) }
            else { self = .review }
        case "budgets":
            if let line = index("lines") { self = .item(.budgetLine(line)) }
            else if let total = index("statedTotals") { self = .statedTotal(total) }
            else { self = .review }
        case "recommendations": self = index("recommendations").map { .item(.recommendation($0)) } ?? .review
        case "actions": self = index("actions").map { .item(.action($0)) } ?? .review
        case "conflicts": self = index("conflicts").map { .conflict($0) } ?? .review
        default: self = .review
        }
    }

    /// The path's steps after `$`: `budgets`, `statedTotals` with index 1, `value`.
    static func steps(_ path: String) -> [(name: String, index: Int?)] {
        path.split(separator: ".").dropFirst().map { step in
            guard let open = step.firstIndex(of: "["), let close = step.firstIndex(of: "]"), open < close else {
                return (String(step), nil)
            }
            return (String(step[..<open]), Int(step[step.index(after: open)..<close]))
        }
    }

    /// Where it is, in words: "Budgets: a stated total", "Overview: a key figure".
    public func name(in review: Review) -> String {
        switch self {
        case .item(let ref): return "\(ref.pane.title): the \(ref.noun)"
        case .statedTotal(let index):
            guard review.budgets.statedTotals.indices.contains(index) else { return "Budgets: a stated total" }
            return "Budgets: the stated total of the \(review.budgets.statedTotals[index].scope.rawValue)"
        case .keyFigure: return "Overview: a key figure"
        case .conflict: return "Conflicts: a merge conflict"
        case .review: return "The review"
        }
    }

    /// Goes there: the pane and item, the budgets' scope, year and chart for a stated total,
    /// the key figure at the top of the Overview, the conflict in the conflicts list.
    public func go(_ state: inout AppState) {
        state.mode = .normal
        switch self {
        case .item(let ref):
            guard Self.exists(ref, in: state.review) else { return }
            state.select(ref)
        case .statedTotal(let index):
            state.pane = .budgets
            guard state.review.budgets.statedTotals.indices.contains(index) else { return }
            let total = state.review.budgets.statedTotals[index]
            state.budgets.scope = total.scope
            state.budgets.chartMeasure = total.measure
            if let year = total.year, let yearIndex = state.derived.budgetYears(state.review).firstIndex(of: year) {
                state.budgets.yearIndex = yearIndex
            }
        case .keyFigure(let index):
            state.pane = .overview
            guard state.review.programme.keyFigures.indices.contains(index) else { return }
            // The figure's paragraph ("label: value"), counted in wrapped lines as the Overview draws them.
            let label = state.review.programme.keyFigures[index].label.singleLine + ": "
            let width = OverviewView.area(state).width
            var line = 0
            for paragraph in OverviewView.paragraphs(state) {
                if paragraph.text.hasPrefix(label) {
                    state.overviewOffset = min(line, OverviewView.lastOffset(state))
                    return
                }
                line += paragraph.text.isEmpty ? 1 : WordWrap.wrap(paragraph.text, width: width).count
            }
        case .conflict(let index):
            state.mode = .conflicts(selected: max(0, min(index, state.review.conflicts.count - 1)))
        case .review:
            state.pane = .overview
        }
    }

    /// The item is still in the review (the list was made before an edit may have removed it).
    static func exists(_ ref: ItemRef, in review: Review) -> Bool {
        switch ref {
        case .milestone(let i): return review.milestones.indices.contains(i)
        case .test(let i): return review.mergerTests.indices.contains(i)
        case .evidence(let test, let item):
            return review.mergerTests.indices.contains(test) && review.mergerTests[test].evidence.indices.contains(item)
        case .criterion(let i): return review.appraisal.criteria.indices.contains(i)
        case .option(let i): return review.appraisal.options.indices.contains(i)
        case .cell(let option, let criterion):
            return review.appraisal.options.indices.contains(option) && review.appraisal.criteria.indices.contains(criterion)
        case .organisation(let i): return review.programme.organisations.indices.contains(i)
        case .place(let i): return review.programme.places.indices.contains(i)
        case .budgetLine(let i): return review.budgets.lines.indices.contains(i)
        case .recommendation(let i): return review.recommendations.indices.contains(i)
        case .action(let i): return review.actions.indices.contains(i)
        case .paper: return true
        }
    }
}
