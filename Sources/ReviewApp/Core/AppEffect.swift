import ReviewModel
import TerminalToolkit

/// Work `update` asks the runtime to do; results come back as messages. Every effect on a
/// file goes through here: the session (`ReviewSession`) carries them out.
public enum AppEffect: Hashable, Sendable {
    /// `overwrite` saves even if the file changed on disk since it was loaded, or is
    /// write-protected or hard-linked (the user has said so).
    case save(path: String, overwrite: Bool = false)
    /// Saves to another file, which the session then edits.
    case saveAs(path: String)
    case reload
    /// An edit was accepted: record the review as it is now, with this many unsaved changes.
    case recordEdit(changeCount: Int)
    /// The text of the open editor (nil: the editor closed), journaled at most once a second.
    case recordDraft(String?)
    /// Nothing is unsaved (saved, undone back to the saved version, or discarded on purpose): clear the journal.
    case discardRecovery
    case export(path: String)
    /// Load the version of the review to mark changes since (`:since OLD`: a file or `git:REV`).
    case loadComparison(String)
    /// Take over the file whose holder has ended (see `AppMessage.lockFreed`).
    case takeOver
    /// Stay read-only: let go of the lock taken when the holder ended.
    case stayReadOnly
    case quit(exitCode: Int32)
    /// Give the terminal back to the shell until `fg` (Ctrl-Z).
    case suspend
}
