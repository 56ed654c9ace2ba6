import ReviewModel
import TerminalToolkit

/// On opening a file with unsaved edits from a session that ended without saving:
/// restore them, discard them, or keep them for later (this session is then read-only,
/// so the recovery data stays as it is).
enum RecoveryHandling {
    static func handle(_ key: Key, dialog: inout Dialog, offer: RecoveryOffer, _ state: inout AppState) -> [AppEffect] {
        var choice: Int?
        switch key {
        case .char("r"), .char("R"): choice = 0
        case .char("d"), .char("D"): choice = 1
        case .char("k"), .char("K"), .escape: choice = 2
        case .enter: choice = dialog.selectedButton
        default:
            _ = dialog.handle(key)
            state.mode = .confirmRecovery(dialog, offer)
            return []
        }
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
            state.say("Discarded the unsaved changes from \(offer.lastChangeAt)")
            return [.discardRecovery]
        default:
            state.readOnlyReason = "unsaved changes from an earlier session are kept for later; reopen to restore them"
            state.warn("Kept for later: read-only this session")
            return []
        }
    }

    /// The session that held the file has ended: take over (t, Enter on the first button) or stay read-only.
    static func handleTakeOver(_ key: Key, dialog: inout Dialog, _ state: inout AppState) -> [AppEffect] {
        var choice: Int?
        switch key {
        case .char("t"), .char("T"): choice = 0
        case .escape, .char("s"), .char("S"): choice = 1
        case .enter: choice = dialog.selectedButton
        default:
            _ = dialog.handle(key)
            state.mode = .confirmTakeOver(dialog)
            return []
        }
        state.mode = .normal
        if choice == 0 { return [.takeOver] }
        state.readOnlyReason = "you chose to stay read-only; reopen the file to edit it"
        state.say("Staying read-only")
        return [.stayReadOnly]
    }
}
