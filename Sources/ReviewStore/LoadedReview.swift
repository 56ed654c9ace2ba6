import ReviewModel

public struct LoadedReview: Sendable {
    public var review: Review
    /// Validation warnings (errors refuse the load).
    public var warnings: [LocatedIssue]
    public var fingerprint: FileFingerprint?
    /// FNV-1a of the bytes as loaded: with the fingerprint, tells a real change by someone
    /// else from a `touch` (see ExternalChange), and ties a recovery file to its base.
    public var contentHash: ContentHash? = nil
}
