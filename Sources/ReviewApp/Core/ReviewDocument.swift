import ReviewModel

/// The review being edited: its undo history, which revision is on disk, and the figures
/// derived from the current review.
public struct ReviewDocument: Sendable {
    public private(set) var history: UndoHistory
    /// The revision on disk (as loaded or last saved): the document is modified when the
    /// current revision differs, so undoing back to it makes the file clean again.
    public private(set) var savedRevision: Int
    /// The review as it is on disk, for the audit trail's changes.
    public private(set) var savedReview: Review
    public private(set) var derived: Derived
    /// The filter on a long list, worked out again after every change (`ListFilter`).
    public private(set) var listFilter: ListFilter?

    public init(review: Review) {
        history = UndoHistory(initial: review)
        savedRevision = 0
        savedReview = review
        derived = Derived(review: review)
    }

    public var review: Review { history.current.review }
    public var isModified: Bool { history.current.revision != savedRevision }

    /// Applies an accepted edit: recorded for undo, derived figures refreshed.
    public mutating func commit(_ review: Review, label: String) {
        history.record(review, label: label)
        refreshDerived()
    }

    /// Replaces the current step with a later version of the same change (the fields typed into
    /// an item just added), so the add and its fields stay one step of undo.
    public mutating func amend(_ review: Review) {
        history.amend(review)
        refreshDerived()
    }

    /// Goes back to an earlier copy of the history, as if what followed never happened (a new
    /// item the user cancelled).
    public mutating func restore(_ earlier: UndoHistory) {
        history.restore(earlier)
        refreshDerived()
    }

    /// Puts a save's audit trail into every state kept for undo: a save is not a step of undo,
    /// and undoing an edit never takes the record of a save away.
    public mutating func keepAuditTrail(_ trail: [HistoryEntry]) {
        history.setAuditTrail(trail)
        refreshDerived()
    }

    /// Notes that the current revision is what the file now holds.
    public mutating func markSaved() {
        savedRevision = history.current.revision
        savedReview = review
    }

    /// Returns the label of the undone change.
    public mutating func undo() -> String? {
        let label = history.undo()
        if label != nil { refreshDerived() }
        return label
    }

    /// Returns the label of the redone change.
    public mutating func redo() -> String? {
        let label = history.redo()
        if label != nil { refreshDerived() }
        return label
    }

    /// Builds what a pane reads from the derived figures and has not been built yet (the budget
    /// totals on the first visit to the budgets pane, the appraisal's scoring on the appraisal's).
    mutating func prepareDerived(for pane: Pane) {
        if pane == .budgets && derived.budget == nil { derived.budget = BudgetIndex(review) }
        if pane == .appraisal && derived.appraisal == nil { derived.appraisal = AppraisalFigures(review.appraisal) }
    }

    /// The search index for the current review, brought up to date (see `SearchIndex`).
    mutating func prepareSearch() -> SearchIndex {
        if let index = derived.searchIndex, index.describes(review) { return index }
        let index = SearchIndex(review, reusing: derived.searchIndex)
        derived.searchIndex = index
        derived.lastSearch = nil
        return index
    }

    /// The hits for a query in screen order (`ReviewSearch`). When the query holds the last
    /// one searched on the same index (a character more typed), only the last one's hits are read.
    mutating func search(_ query: String, from origin: SearchRank) -> ReviewSearch.Hits {
        let index = prepareSearch()
        let needle = SearchNeedle(query)
        let previous = derived.lastSearch.flatMap { needle.holds($0.needle) ? $0 : nil }
        let found = ReviewSearch.run(needle, index: index, among: previous, review: review, derived: derived, origin: origin)
        derived.lastSearch = found.matches
        return found.hits
    }

    /// Filters a long list (see `ListFilter`).
    mutating func filter(_ spec: ListFilter.Spec) {
        let index = prepareSearch()
        listFilter = ListFilter(list: spec.list, query: spec.query, review: review, derived: derived, index: index)
    }

    mutating func clearFilter() { listFilter = nil }

    private mutating func refreshDerived() {
        derived = Derived(review: review, reusing: derived)
        if let spec = listFilter?.spec { filter(spec) }
    }
}
