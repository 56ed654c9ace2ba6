import ReviewModel

/// A problem with the line of the file it concerns, when known.
public struct LocatedIssue: Hashable, Sendable, CustomStringConvertible {
    public var issue: ValidationIssue
    public var line: Int?

    public init(_ issue: ValidationIssue, line: Int?) {
        self.issue = issue
        self.line = line
    }

    public var severity: ValidationIssue.Severity { issue.severity }

    /// "line 57: $.milestones[3].date: ... " (the CLI prefixes the file name).
    public var description: String {
        let location = line.map { "line \($0): " } ?? ""
        return "\(location)\(issue.path): \(issue.message)"
    }
}
