import ReviewModel

/// Each save records who, when, and one line per changed item, in the review itself.
public enum AuditTrail {
    /// The review to write: the current one with a history entry for what changed since the last save.
    public static func recording(_ state: AppState, at time: String) -> Review {
        let changes = ReviewDiff.changes(from: state.document.savedReview, to: state.review)
        guard !changes.isEmpty else { return state.review }
        var review = state.review
        review.history.append(HistoryEntry(at: time, user: state.session.user, changes: changes))
        return review
    }
}
