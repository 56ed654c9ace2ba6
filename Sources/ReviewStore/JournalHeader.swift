import ReviewModel

/// The first lines of an edit journal: which saved file its records apply to, and whose they are.
public struct JournalHeader: Hashable, Sendable {
    /// Hash of the review file the records apply to (the file as loaded or last saved).
    public var base: ContentHash?
    public var user: String
    public var host: String
    public var pid: Int32?
    /// When the journal was started (the first edit since the file was loaded or saved).
    public var started: String

    public init(base: ContentHash?, user: String, host: String, pid: Int32?, started: String) {
        self.base = base
        self.user = user
        self.host = host
        self.pid = pid
        self.started = started
    }
}
