import ReviewModel
import TerminalToolkit

/// Work `update` asks the runtime to do; results come back as messages.
public enum AppEffect: Hashable, Sendable {
    /// `overwrite` saves even if the file changed on disk since it was loaded, or is
    /// write-protected or hard-linked (the user has said so).
    case save(path: String, overwrite: Bool = false)
    case reload
    case discardRecovery
    case export(path: String)
    case quit(exitCode: Int32)
    /// Give the terminal back to the shell until `fg` (Ctrl-Z).
    case suspend
}
