import ReviewModel
import ReviewStore

/// Each save records who, when, one line per changed item, the ids of those items and the
/// content hash of what it writes, in the review itself (see `HistoryEntry`).
public enum AuditTrail {
    /// What to write: the current review, and a history entry for what changed since the last
    /// save (its content hash filled in by the save, from the text it writes).
    public static func request(_ state: AppState, at time: String) -> SaveRequest {
        let record = ReviewDiff.record(from: state.document.savedReview, to: state.review)
        guard !record.changes.isEmpty else { return SaveRequest(review: state.review, entry: nil) }
        return SaveRequest(review: state.review, entry: HistoryEntry(at: time, user: state.session.user, changes: record.changes,
                                                                     changedIds: record.changedIds))
    }
}
