import ReviewModel
import TerminalToolkit

/// Inputs to `update`.
public enum AppMessage: Sendable {
    case key(Key)
    case resize(Size)
    /// A save finished: nil error means it succeeded, and `saved` is what was written
    /// (the review with this save's entry added to its history).
    case saveFinished(path: String, error: String?, saved: Review?)
    case exportFinished(path: String, error: String?)
}

/// Work `update` asks the runtime to do; results come back as messages.
public enum AppEffect: Hashable, Sendable {
    case save(path: String)
    case export(path: String)
    case quit(exitCode: Int32)
}
