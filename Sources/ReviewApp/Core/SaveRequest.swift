import ReviewModel

/// What ^S or `:w` asks to write: the review, and the history entry the save adds to it (who,
/// when, what changed since the last save; nil when nothing did). The entry's `contentHash` is
/// left for the save to fill in from the text it writes (`ReviewStore.save(_:adding:to:)`), so
/// the review is encoded once.
public struct SaveRequest: Sendable, Equatable {
    public var review: Review
    public var entry: HistoryEntry?

    public init(review: Review, entry: HistoryEntry?) {
        self.review = review
        self.entry = entry
    }
}
