import ReviewModel
import TerminalToolkit

/// The whole state of the app as a value: `update` changes it, `view` draws it. It holds the
/// document, the session's facts, one cursor per pane, and what has the keyboard.
public struct AppState: Sendable {
    /// The review, its undo history and its derived figures.
    public var document: ReviewDocument
    public var session: SessionFacts
    public var pane: Pane = .timeline
    public var size: Size
    public var theme: Theme
    /// What has the keyboard. Every assignment counts (`modeChanges`), so a handler of an open
    /// overlay is given its value and the changed value is put back for it unless it set a mode
    /// (see `AppUpdate.handle`).
    public var mode: Mode = .normal {
        didSet { modeChanges &+= 1 }
    }
    private(set) var modeChanges = 0
    public var message: StatusMessage?

    /// First visible line of the Overview.
    public var overviewOffset = 0
    /// The validation warnings found when the file was opened, listed in full on the Overview.
    public var openingWarnings: [String] = []
    /// The Overview wrapped for the screen, kept between frames (`OverviewView.prepare`).
    var overviewText: OverviewText?
    public var timeline = TimelineCursor()
    public var tests = TestsCursor()
    public var appraisal = AppraisalCursor()
    public var budgets = BudgetsCursor()
    public var decisions = DecisionsCursor()
    public var search = SearchState()
    public var commandHistory: [String] = []
    public var presenting: PresentingState?
    /// The changes since an earlier version (`:since OLD`), marked in every pane until cleared.
    public var since: SinceComparison?

    public init(review: Review, filePath: String, size: Size = Size(width: 80, height: 24), theme: Theme = .monochrome,
                today: CalendarDate, user: String = "user", readOnlyReason: String? = nil) {
        document = ReviewDocument(review: review)
        session = SessionFacts(filePath: filePath, readOnlyReason: readOnlyReason, today: today, user: user)
        self.size = size
        self.theme = theme
        budgets.scope = review.programme.organisations.isEmpty ? .places : .organisations
        // Open where the committee's attention is: the next milestone and the preferred option.
        // `review.nextMilestone`, found by the derived figures without sorting again.
        let derived = document.derived
        if let next = derived.schedule.nextMilestone.map({ review.milestones[$0] }),
           let index = review.milestones.firstIndex(where: { $0.id == next.id }),
           let position = derived.timelinePosition(ofMilestone: index) {
            timeline.rows.selected = position
        }
        if let preferred = review.appraisal.preferredOptionId,
           let column = review.appraisal.options.firstIndex(where: { $0.id == preferred }) {
            appraisal.column = column
        }
        Scrolling.settle(&self)
        // A review a merge left conflicts in opens on them.
        if !review.conflicts.isEmpty { mode = .conflicts(selected: 0) }
    }

    public var review: Review { document.review }
    public var derived: Derived { document.derived }
    public var isModified: Bool { document.isModified }
    public var isReadOnly: Bool { session.readOnlyReason != nil || presenting != nil }

    /// Applies an accepted edit: recorded for undo, derived figures refreshed.
    public mutating func commit(_ review: Review, label: String) {
        document.commit(review, label: label)
    }

    /// Keeps the scroll offsets the lists worked out while drawing, for the next frame.
    public mutating func keep(_ offsets: ScrollOffsets) {
        if let offset = offsets.timeline { timeline.offset = offset }
        if let offset = offsets.tests { tests.rows.offset = offset }
        if let offset = offsets.evidence { tests.evidence.offset = offset }
        if let offset = offsets.budgetRows { budgets.rows.offset = offset }
        if let offset = offsets.budgetColumns { budgets.columnOffset = offset }
        if let offset = offsets.appraisalRows { appraisal.rowOffset = offset }
        if let offset = offsets.appraisalColumns { appraisal.columnOffset = offset }
        if let offset = offsets.recommendations { decisions.recommendations.offset = offset }
        if let offset = offsets.actions { decisions.actions.offset = offset }
    }

    public mutating func say(_ text: String) { show(StatusMessage(text: text, isError: false)) }
    public mutating func warn(_ text: String) { show(StatusMessage(text: text, isError: true)) }

    /// Every message shown this session, oldest first, for the messages log (`M`). The same
    /// text shown again in a row is kept once; the oldest go beyond `messageLogLimit`.
    public private(set) var messageLog: [LoggedMessage] = []
    static let messageLogLimit = 500

    private mutating func show(_ shown: StatusMessage) {
        message = shown
        if let last = messageLog.last, last.text == shown.text, last.isError == shown.isError { return }
        messageLog.append(LoggedMessage(text: shown.text, isError: shown.isError, at: nil))
        if messageLog.count > Self.messageLogLimit { messageLog.removeFirst(messageLog.count - Self.messageLogLimit) }
    }

    /// Gives the messages shown since the last stamp their time (`update` has no clock: the
    /// program stamps them after each message it sends).
    public mutating func stampMessages(at now: () -> String) {
        guard messageLog.last?.at == nil else { return }
        let time = now()
        var index = messageLog.count - 1
        while index >= 0, messageLog[index].at == nil {
            messageLog[index].at = time
            index -= 1
        }
    }
}
