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
    /// Why the recovery journal cannot be written now (the edits are not protected), or nil.
    public var journalProblem: String?

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

    public mutating func say(_ text: String) { message = StatusMessage(text: text, isError: false) }
    public mutating func warn(_ text: String) { message = StatusMessage(text: text, isError: true) }
}

public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool
}

public enum TestsFocus: Hashable, Sendable { case tests, evidence }

public struct AppraisalCursor: Hashable, Sendable {
    /// Criterion row (criteria count = the totals row when scored).
    public var row = 0
    /// Option column.
    public var column = 0
    public var rowOffset = 0
    public var showProsCons = false
}

public struct BudgetsCursor: Hashable, Sendable {
    public var scope: TotalScope = .organisations
    public var yearIndex: Int?
    public var chartMeasure: Measure?
    public var rows = ListState(selected: 0)
    /// First money column shown (the name column stays put).
    public var columnOffset = 0
}

public enum DecisionsSection: Hashable, Sendable { case recommendations, actions }

public struct DecisionsCursor: Hashable, Sendable {
    public var section: DecisionsSection = .recommendations
    public var recommendations = ListState(selected: 0)
    public var actions = ListState(selected: 0)
}

public struct PresentingState: Hashable, Sendable {
    public var returnPane: Pane
}

/// What has the keyboard: the panes, or an overlay.
public enum Mode: Sendable {
    case normal
    case help(scroll: Int)
    case prompt(Prompt)
    case editing(EditorState)
    case confirmQuit(Dialog)
    case confirmOverwrite(Dialog, path: String)
    case confirmRecovery(Dialog, RecoveryOffer)
    /// The session holding the file has ended: take over editing, or stay read-only.
    case confirmTakeOver(Dialog)
    case history(scroll: Int)
}

public struct Prompt: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case search, command }
    public var kind: Kind
    public var input = TextInput()
    public var historyIndex: Int?

    public init(kind: Kind) { self.kind = kind }

    public var leader: String { kind == .search ? "/" : ":" }
}

/// Unsaved edits found from an earlier session that ended without saving.
public struct RecoveryOffer: Sendable {
    public var review: Review
    public var changeCount: Int
    public var firstChangeAt: String
    public var lastChangeAt: String
    public var who: String
    /// The edits were made on an earlier version of the file, saved since: one or two lines
    /// saying what restoring does to that save (nil when they apply to the file as it is).
    public var difference: [String]?
    /// The text of an editor that was open and not accepted when the session ended.
    public var draft: String?

    public init(review: Review, changeCount: Int, firstChangeAt: String, lastChangeAt: String, who: String,
                difference: [String]? = nil, draft: String? = nil) {
        self.review = review
        self.changeCount = changeCount
        self.firstChangeAt = firstChangeAt
        self.lastChangeAt = lastChangeAt
        self.who = who
        self.difference = difference
        self.draft = draft
    }

    public var dialog: Dialog {
        var lines: [String] = []
        if changeCount > 0 {
            lines += ["\(changeCount) change\(changeCount == 1 ? "" : "s") by \(who) not saved,",
                      "made between \(firstChangeAt) and \(lastChangeAt)."]
        }
        if let draft {
            lines.append("Unfinished edit by \(who) (not applied): \(draft)")
        }
        lines += difference ?? []
        lines.append("r restore them · d discard them · k keep for later (read-only now)")
        return Dialog(title: "Unsaved changes found", message: lines,
                      buttons: ["Restore", "Discard", "Keep for later"], selectedButton: 0)
    }
}
