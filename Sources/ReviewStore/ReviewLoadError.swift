import ReviewModel

/// Why a review could not be loaded. Exit codes follow the CLI conventions.
public enum ReviewLoadError: Error, Sendable, CustomStringConvertible {
    /// Missing, unreadable, a directory, a FIFO, too large: exit 2.
    case unreadable(path: String, reason: String)
    /// Not JSON: exit 2.
    case syntax(path: String, error: JSONSyntaxError)
    /// Written by a newer merger-review: exit 2.
    case newerSchema(path: String, found: Int)
    /// JSON, but not a valid review: exit 1.
    case invalid(path: String, problems: [LocatedIssue])

    public var exitCode: Int32 {
        if case .invalid = self { return 1 }
        return 2
    }

    /// One line per problem, each naming the file.
    public var lines: [String] {
        switch self {
        case .unreadable(let path, let reason): return ["\(path): cannot read: \(reason)"]
        case .syntax(let path, let error):
            return ["\(path): line \(error.line), column \(error.column): not valid JSON: \(error.message)"]
        case .newerSchema(let path, let found):
            return ["\(path): $.schemaVersion: schemaVersion \(found) is newer than this merger-review understands (\(Review.currentSchemaVersion)); upgrade merger-review to open it"]
        case .invalid(let path, let problems): return ProblemListing.lines(problems, file: path)
        }
    }

    public var description: String { lines.joined(separator: "\n") }
}
