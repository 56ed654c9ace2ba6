import ReviewModel
import ReviewStore

/// Each save records who, when, one line per changed item, the ids of those items and the
/// content hash of what it writes, in the review itself (see `HistoryEntry`).
public enum AuditTrail {
    /// The review to write: the current one with a history entry for what changed since the last save.
    public static func recording(_ state: AppState, at time: String) -> Review {
        let record = ReviewDiff.record(from: state.document.savedReview, to: state.review)
        guard !record.changes.isEmpty else { return state.review }
        var review = state.review
        review.history.append(HistoryEntry(at: time, user: state.session.user, changes: record.changes,
                                           contentHash: ReviewCodec.contentHash(of: review).description,
                                           changedIds: record.changedIds))
        return review
    }
}
