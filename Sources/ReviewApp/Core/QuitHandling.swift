import ReviewModel
import TerminalToolkit

/// Quitting with unsaved changes asks first: save, discard, or cancel.
enum QuitHandling {
    static func requestQuit(_ state: inout AppState) -> [AppEffect] {
        guard state.isModified, state.session.readOnlyReason == nil else { return [.quit(exitCode: 0)] }
        let unprotected = state.session.journalProblem.map { ["Not in the recovery file either: \($0)"] } ?? []
        state.mode = .confirmQuit(Dialog(
            title: "Unsaved changes",
            message: ["\(state.document.history.changes(since: state.document.savedRevision)) unsaved change(s) to \(state.session.filePath)."]
                + unprotected,
            buttons: [DialogButton("Save and quit", keys: [.char("s"), .char("y")]), DialogButton("Discard", keys: [.char("d")]),
                      DialogButton("Cancel", keys: [.char("c"), .char("n")])],
            selectedButton: 2, cancelButton: 2))
        return []
    }

    static func handle(_ key: Key, dialog: inout Dialog, _ state: inout AppState) -> [AppEffect] {
        guard case .chose(let choice) = dialog.handle(key) else { return [] }
        state.mode = .normal
        switch choice {
        case 0:
            state.session.pendingQuitAfterSave = true
            let effects = SaveHandling.save(to: state.session.filePath, &state)
            if effects.isEmpty { state.session.pendingQuitAfterSave = false }
            return effects
        case 1: return [.quit(exitCode: 0)]
        default:
            state.say("Quit cancelled")
            return []
        }
    }
}
