import Foundation
import ReviewModel

/// Figures derived from the review, computed once per change so that moving around
/// costs nothing however large the review is: views and `update` read these instead of
/// scanning, sorting or summing the review on every frame.
///
/// After an edit, `Derived(review:reusing:)` recomputes only the parts whose inputs
/// changed. The lists an edit did not touch still share storage with the previous review,
/// and in a `ChunkedArray` it did touch only the copied chunks can differ, so comparing
/// costs little.
public struct Derived: Sendable {
    /// Timeline rows: group headings, the as-of line and milestones in date order.
    public var timelineRows: [TimelineRow] { schedule.timelineRows }
    /// Row index of each milestone row in `timelineRows`, in display order.
    public var timelineMilestoneRows: [Int] { schedule.timelineMilestoneRows }
    public var summary: ReviewSummary
    public var overdueMilestoneIds: Set<String> { schedule.overdueMilestoneIds }
    /// Actions in display order: those held over from earlier meetings first, then the rest, file order within each.
    public var actionOrder: [Int] { actionFigures.order }
    /// `summary.nextMilestoneText`, computed once (the summary sorts the milestones to find it).
    public var nextMilestoneText: String
    /// Merger tests assured, and in all.
    public var readiness: (assured: Int, total: Int)
    /// `summary.readinessText` ("3/10 assured"), computed once.
    public var readinessText: String

    /// The review these figures are for (its arrays share storage with the review itself).
    let basis: Review
    var schedule: Schedule
    var actionFigures: ActionFigures
    var itemIndex: ItemIndex
    /// The widest text in each measured column of the merger tests table (`TestsTable`).
    var testColumns: ColumnMeasure
    /// The widest text in each measured column of the timeline (`TimelineTable`).
    var milestoneColumns: ColumnMeasure
    /// The widest text in each measured column of the action log (`DecisionsTables`), measured
    /// again in full when the as-of date moves (it decides which actions are overdue), and for
    /// the actions linked to an item whose name changed.
    var actionColumns: ColumnMeasure
    /// Built the first time the budgets pane is shown (`AppState.prepareDerived()`), then kept
    /// while the budgets and the programme are unchanged: most sessions never pay for it.
    var budget: BudgetIndex?
    /// Built the first time the appraisal pane is shown, kept while the appraisal is unchanged.
    var appraisal: AppraisalFigures?
    /// The lowercased text search reads, built when a search starts (`ReviewDocument.prepareSearch`);
    /// kept across edits, which rebuild only the blocks of items that changed at the next search.
    var searchIndex: SearchIndex?
    /// Where the last search's hits are in `searchIndex` (`SearchMatches`); not kept across a
    /// change to the review, nor when the index is rebuilt.
    var lastSearch: SearchMatches?

    /// The figures for `review`, reusing the parts of `previous` (the figures of an earlier
    /// version) whose inputs are unchanged.
    public init(review: Review, reusing previous: Derived? = nil) {
        basis = review
        summary = ReviewSummary(review)
        let asOf = review.programme.asOf
        let old = previous.map { ($0.basis, $0) }
        readiness = old.flatMap { oldReview, oldDerived in
            Derived.readiness(review.mergerTests, updating: oldDerived.readiness, from: oldReview.mergerTests)
        } ?? review.readiness
        readinessText = ReviewSummary.readinessText(readiness)
        if let (oldReview, oldDerived) = old {
            if oldReview.programme.asOf == asOf, Schedule.sameInputs(oldReview.milestones, review.milestones) {
                schedule = oldDerived.schedule
            } else {
                schedule = Schedule(review)
            }
            if oldReview.programme.asOf == asOf, oldReview.actions == review.actions {
                actionFigures = oldDerived.actionFigures
            } else {
                actionFigures = ActionFigures(review)
            }
            testColumns = ColumnMeasure(review.mergerTests, updating: oldDerived.testColumns, from: oldReview.mergerTests,
                                        columns: TestsTable.measuredColumns, texts: TestsTable.texts)
            milestoneColumns = ColumnMeasure(review.milestones, updating: oldDerived.milestoneColumns, from: oldReview.milestones,
                                             columns: TimelineTable.measuredColumns, texts: TimelineTable.texts)
            let index = ItemIndex.sameIds(oldReview, review) ? oldDerived.itemIndex : ItemIndex(review)
            itemIndex = index
            if oldReview.programme.asOf == asOf {
                let byLink = actionFigures.byLink
                let renamed = index.idsWithChangedTitles(from: oldReview, indexedBy: oldDerived.itemIndex, to: review)
                actionColumns = ColumnMeasure(review.actions, updating: oldDerived.actionColumns, from: oldReview.actions,
                                              retexted: renamed.flatMap { byLink[$0] ?? [] },
                                              columns: DecisionsTables.measuredActionColumns,
                                              texts: Derived.actionTexts(review, index: index),
                                              textsBefore: Derived.actionTexts(oldReview, index: oldDerived.itemIndex))
            } else {
                actionColumns = Derived.actionColumns(review, index: index)
            }
        } else {
            (schedule, actionFigures, testColumns, milestoneColumns, itemIndex, actionColumns) = Derived.firstBuild(review)
        }
        if let (oldReview, oldDerived) = old, oldReview.budgets == review.budgets, oldReview.programme == review.programme {
            budget = oldDerived.budget
        } else {
            budget = nil
        }
        if let (oldReview, oldDerived) = old, oldReview.appraisal == review.appraisal {
            appraisal = oldDerived.appraisal
        } else {
            appraisal = nil
        }
        searchIndex = previous?.searchIndex
        nextMilestoneText = Derived.nextMilestoneText(review, next: schedule.nextMilestone)
    }

    /// The figures a file just opened needs first, made on two cores so the first frame comes
    /// sooner: the timeline's order and column widths on one; the action counts, the item index
    /// and the tests' and action log's column widths on the other. Each part reads the review only.
    static func firstBuild(_ review: Review)
        -> (Schedule, ActionFigures, ColumnMeasure, ColumnMeasure, ItemIndex, ColumnMeasure) {
        let timeline = { @Sendable in
            (Schedule(review), ColumnMeasure(review.milestones, columns: TimelineTable.measuredColumns, texts: TimelineTable.texts))
        }
        let rest = { @Sendable in
            let index = ItemIndex(review)
            return (ActionFigures(review), ColumnMeasure(review.mergerTests, columns: TestsTable.measuredColumns, texts: TestsTable.texts),
                    index, Derived.actionColumns(review, index: index))
        }
        nonisolated(unsafe) var first: (Schedule, ColumnMeasure)?
        nonisolated(unsafe) var second: (ActionFigures, ColumnMeasure, ItemIndex, ColumnMeasure)?
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 { first = timeline() } else { second = rest() }
        }
        let (schedule, milestones) = first ?? timeline()
        let (actionFigures, tests, index, actions) = second ?? rest()
        return (schedule, actionFigures, tests, milestones, index, actions)
    }

    /// The texts of an action's measured columns, linked items named through `index`.
    static func actionTexts(_ review: Review, index: ItemIndex) -> (Action) -> [String] {
        let asOf = review.programme.asOf
        return { action in DecisionsTables.actionTexts(action, asOf: asOf) { index.title(ofItem: $0, in: review) } }
    }

    /// The action log's column widths, every action measured.
    static func actionColumns(_ review: Review, index: ItemIndex) -> ColumnMeasure {
        ColumnMeasure(review.actions, columns: DecisionsTables.measuredActionColumns, texts: actionTexts(review, index: index))
    }

    /// `review.readiness`, from the figures of an earlier version: only the tests in chunks
    /// that changed are looked at. Nil when tests were added or removed (count them all).
    static func readiness(_ tests: ChunkedArray<MergerTest>, updating old: (assured: Int, total: Int),
                          from oldTests: ChunkedArray<MergerTest>) -> (assured: Int, total: Int)? {
        guard let ranges = tests.unsharedRanges(comparedTo: oldTests) else { return nil }
        var assured = old.assured
        for range in ranges {
            for i in range {
                if oldTests[i].status == .assured { assured -= 1 }
                if tests[i].status == .assured { assured += 1 }
            }
        }
        return (assured, tests.count)
    }

    /// The summary's wording for the next milestone, found without sorting: the summary of a
    /// review holding only that milestone says exactly what the whole review's summary says.
    static func nextMilestoneText(_ review: Review, next: Int?) -> String {
        let only: ChunkedArray<Milestone> = next.map { [review.milestones[$0]] } ?? []
        return ReviewSummary(Review(programme: review.programme, milestones: only)).nextMilestoneText
    }

    /// An open action raised at an earlier meeting, or carried forward.
    public static func isHeldOver(_ action: Action, asOf: CalendarDate) -> Bool {
        action.isOpen && (action.status == .carriedForward || (action.raisedAt.map { $0 < asOf } ?? false))
    }

    /// Position in the timeline (an index into `timelineMilestoneRows`) of a milestone.
    public func timelinePosition(ofMilestone index: Int) -> Int? {
        schedule.positions.indices.contains(index) ? schedule.positions[index] : nil
    }

    /// Indices of milestones with an end date (periods), in date order.
    public var periodIndices: [Int] { schedule.periods }

    /// The months (year * 12 + month - 1) the periods span: the earliest start, the latest end.
    public var periodMonths: (first: Int, lastEnd: Int)? { schedule.periodMonths }

    /// Actions linked to an item, in file order .
    func actions(linkedTo id: String, in review: Review) -> [Action] {
        (actionFigures.byLink[id] ?? []).map { review.actions[$0] }
    }

    public var openActionCount: Int { actionFigures.openCount }
    public var overdueActionCount: Int { actionFigures.overdueCount }

    /// A short human name for any item id ("Option: Single CCG…"), through the index.
    func title(ofItem id: String, in review: Review) -> String? { itemIndex.title(ofItem: id, in: review) }

    /// The appraisal's scoring, from the figures when they have been built.
    func appraisalFigures(_ review: Review) -> AppraisalFigures { appraisal ?? AppraisalFigures(review.appraisal) }

    /// The budget figures, from the index when it has been built.
    func budgetIndex(_ review: Review) -> BudgetIndex { budget ?? BudgetIndex(review) }

    /// `BudgetFigures(review).years`, from the index when it has been built.
    func budgetYears(_ review: Review) -> [FinancialYear] { budget?.years ?? BudgetFigures(review).years }

    /// The first milestone with this id.
    func milestoneIndex(id: String) -> Int? {
        if case .milestone(let i) = itemIndex.locations[id] { return i }
        return nil
    }
}
