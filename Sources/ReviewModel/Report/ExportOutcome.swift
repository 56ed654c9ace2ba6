/// What writing the board paper did: every file written, in order, and the error that
/// stopped it (nil when everything was written).
public struct ExportOutcome: Hashable, Sendable {
    public var written: [String]
    public var error: String?

    public init(written: [String] = [], error: String? = nil) {
        self.written = written
        self.error = error
    }
}
