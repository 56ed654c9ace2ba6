import ReviewModel
import TerminalToolkit

/// On opening a file with unsaved edits from a session that ended without saving:
/// restore them, discard them, or keep them for later (this session is then read-only,
/// so the recovery data stays as it is).
enum RecoveryHandling {
    static func handle(_ key: Key, dialog: inout Dialog, offer: RecoveryOffer, _ state: inout AppState) -> [AppEffect] {
        guard case .chose(let choice) = dialog.handle(key) else { return [] }
        state.mode = .normal
        switch choice {
        case 0:
            if offer.review != state.review {
                state.commit(offer.review, label: "restored \(offer.changeCount) unsaved change(s)")
            }
            if let draft = offer.draft {
                state.say("Restored \(offer.changeCount) unsaved change(s); unfinished edit (retype it): \(draft)")
            } else {
                state.say("Restored \(offer.changeCount) unsaved change(s); ^S saves them")
            }
            return []
        case 1:
            state.say("Discarded the unsaved changes from \(offer.lastChangeWhen)")
            return [.discardRecovery]
        default:
            state.session.readOnlyReason = "unsaved changes from an earlier session are kept for later; reopen to restore them"
            state.warn("Kept for later: read-only this session")
            return []
        }
    }

    /// The session that held the file has ended: take over, or stay read-only.
    static func takeOverDialog(formerHolder: String, filePath: String, fileChanged: Bool) -> Dialog {
        Dialog(title: "File free to edit",
               message: ["\(formerHolder) no longer has \(filePath) open."]
                   + (fileChanged ? ["It was changed since you opened it: taking over reloads it."] : []),
               buttons: [DialogButton("Take over", keys: [.char("t")]), DialogButton("Stay read-only", keys: [.char("s")])],
               selectedButton: 0, cancelButton: 1)
    }

    static func handleTakeOver(_ key: Key, dialog: inout Dialog, _ state: inout AppState) -> [AppEffect] {
        guard case .chose(let choice) = dialog.handle(key) else { return [] }
        state.mode = .normal
        if choice == 0 { return [.takeOver] }
        state.session.readOnlyReason = "you chose to stay read-only; reopen the file to edit it"
        state.say("Staying read-only")
        return [.stayReadOnly]
    }
}
