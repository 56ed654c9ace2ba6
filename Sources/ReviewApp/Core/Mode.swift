import ReviewModel
import TerminalToolkit

/// What has the keyboard: the panes, or an overlay.
public enum Mode: Sendable {
    case normal
    case help(HelpState)
    case prompt(Prompt)
    case editing(EditorState)
    /// Esc in an editor that would lose what was typed: discard it, or go back to the editor.
    case confirmDiscard(Dialog, EditorState)
    case confirmQuit(Dialog)
    case confirmOverwrite(Dialog, path: String)
    case confirmRecovery(Dialog, RecoveryOffer)
    /// The session holding the file has ended: take over editing, or stay read-only.
    case confirmTakeOver(Dialog)
    case history(scroll: Int)
    case reading(ReaderState)
    /// The conflicts a merge left (see `ConflictsHandling`), with the one selected.
    case conflicts(selected: Int)
    /// Every validation warning in full (`W`); Enter goes to the item.
    case warnings(WarningsList)
    /// The messages log (`M`): every status message of the session with its time.
    case messages(scroll: Int)
}
