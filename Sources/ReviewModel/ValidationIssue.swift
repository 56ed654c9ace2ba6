/// One problem found in a review: where it is (JSON path) and what to do about it.
public struct ValidationIssue: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable { case error, warning }

    public var severity: Severity
    /// JSON path such as `$.milestones[3].date`.
    public var path: String
    public var message: String

    public init(_ severity: Severity, _ path: String, _ message: String) {
        self.severity = severity
        self.path = path
        self.message = message
    }

    public var description: String { "\(severity.rawValue): \(path): \(message)" }
}
