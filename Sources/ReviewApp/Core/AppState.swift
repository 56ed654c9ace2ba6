import ReviewModel
import TerminalToolkit

/// The whole state of the app as a value: `update` changes it, `view` draws it.
public struct AppState: Sendable {
    public var history: UndoHistory
    public var savedRevision: Int
    /// The review as it is on disk (as loaded or last saved), for the audit trail's changes.
    public var savedReview: Review
    public private(set) var derived: Derived
    public var filePath: String
    public var readOnlyReason: String?
    public var pane: Pane = .timeline
    public var size: Size
    public var theme: Theme
    public var mode: Mode = .normal
    public var message: StatusMessage?
    public var today: CalendarDate
    public var user: String

    public var timeline = ListState(selected: 0)
    /// First visible row of the timeline (rows include month headings).
    public var timelineOffset = 0
    public var tests = ListState(selected: 0)
    public var testsFocus: TestsFocus = .tests
    public var evidence = ListState(selected: 0)
    public var appraisal = AppraisalCursor()
    public var budgets = BudgetsCursor()
    public var decisions = DecisionsCursor()
    public var search = SearchState()
    public var commandHistory: [String] = []
    public var presenting: PresentingState?
    /// Set when the user chose "save" in the quit dialog: quit once the save succeeds.
    public var pendingQuitAfterSave = false

    public init(review: Review, filePath: String, size: Size = Size(width: 80, height: 24), theme: Theme = .monochrome,
                today: CalendarDate, user: String = "user", readOnlyReason: String? = nil) {
        history = UndoHistory(initial: review)
        savedRevision = 0
        savedReview = review
        derived = Derived(review: review)
        self.filePath = filePath
        self.size = size
        self.theme = theme
        self.today = today
        self.user = user
        self.readOnlyReason = readOnlyReason
        budgets.scope = review.programme.organisations.isEmpty ? .places : .organisations
        // Open where the committee's attention is: the next milestone and the preferred option.
        // `review.nextMilestone`, found by the derived figures without sorting again.
        if let next = derived.schedule.nextMilestone.map({ review.milestones[$0] }),
           let index = review.milestones.firstIndex(where: { $0.id == next.id }),
           let position = derived.timelinePosition(ofMilestone: index) {
            timeline.selected = position
        }
        if let preferred = review.appraisal.preferredOptionId,
           let column = review.appraisal.options.firstIndex(where: { $0.id == preferred }) {
            appraisal.column = column
        }
        Scrolling.settle(&self)
    }

    public var review: Review { history.current.review }
    public var isModified: Bool { history.current.revision != savedRevision }
    public var isReadOnly: Bool { readOnlyReason != nil || presenting != nil }

    /// Applies an accepted edit: recorded for undo, derived figures refreshed.
    public mutating func commit(_ review: Review, label: String) {
        history.record(review, label: label)
        refreshDerived()
    }

    public mutating func refreshDerived() {
        derived = Derived(review: review, reusing: derived)
    }

    /// Builds what the current pane reads from the derived figures and has not been built yet
    /// (the budget totals, on the first visit to the budgets pane). Run after every update.
    mutating func prepareDerived() {
        if pane == .budgets && derived.budget == nil { derived.budget = BudgetIndex(review) }
        if pane == .appraisal && derived.appraisal == nil { derived.appraisal = AppraisalFigures(review.appraisal) }
    }

    public mutating func undo() -> String? {
        let label = history.undo()
        if label != nil { refreshDerived() }
        return label
    }

    public mutating func redo() -> String? {
        let label = history.redo()
        if label != nil { refreshDerived() }
        return label
    }

    /// Keeps the scroll offsets the lists worked out while drawing, for the next frame.
    public mutating func keep(_ offsets: ScrollOffsets) {
        if let offset = offsets.tests { tests.offset = offset }
        if let offset = offsets.evidence { evidence.offset = offset }
    }

    public mutating func say(_ text: String) { message = StatusMessage(text: text, isError: false) }
    public mutating func warn(_ text: String) { message = StatusMessage(text: text, isError: true) }
}
