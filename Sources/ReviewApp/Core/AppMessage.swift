import ReviewModel
import TerminalToolkit

/// Inputs to `update`.
public enum AppMessage: Sendable {
    case key(Key)
    case resize(Size)
    /// A save finished: nil error means it succeeded, and `saved` is what was written
    /// (the review with this save's entry added to its history).
    case saveFinished(path: String, error: String?, saved: Review?)
    /// The board paper was written: every file written, and the error that stopped it, if any.
    case exportFinished(path: String, outcome: ExportOutcome)
    /// The file changed on disk since it was loaded; nothing was written.
    case saveRefusedChangedOnDisk(path: String)
    /// The file is one to replace only when the user says so (write-protected, hard-linked):
    /// nothing was written. `reason` says why ("it is write-protected (mode 444)").
    case saveNeedsConfirmation(path: String, reason: String)
    /// A reload finished: the review as it is on disk now, or why it could not be read.
    case reloaded(Review?, error: String?)
    /// The version asked for by `:since` was loaded (nil and the error when it could not be).
    case comparisonLoaded(source: String, Review?, error: String?)
    /// The recovery journal could not be written (nil: it is written again).
    case journalProblem(String?)
    /// Another live session holds the file (the reason names it).
    case lockHeld(reason: String)
    /// The session that held the file (described) has ended; this read-only session may take over.
    case lockFreed(formerHolder: String, fileChanged: Bool)
    /// This session now holds the file: the review as on disk now when it had changed, and
    /// unsaved edits the ended session left.
    case tookOver(reloaded: Review?, recovery: RecoveryOffer?)
}
