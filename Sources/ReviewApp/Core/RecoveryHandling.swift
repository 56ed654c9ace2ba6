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
            state.commit(offer.review, label: "restored \(offer.changeCount) unsaved change(s)")
            state.say("Restored \(offer.changeCount) unsaved change(s); ^S saves them")
            return []
        case 1:
            state.say("Discarded the unsaved changes from \(offer.lastChangeAt)")
            return [.discardRecovery]
        default:
            state.session.readOnlyReason = "unsaved changes from an earlier session are kept for later; reopen to restore them"
            state.warn("Kept for later: read-only this session")
            return []
        }
    }
}
