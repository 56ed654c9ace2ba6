import ReviewModel
import TerminalToolkit

/// Quitting with unsaved changes asks first: save, discard, or cancel.
enum QuitHandling {
    static func requestQuit(_ state: inout AppState) -> [AppEffect] {
        guard state.isModified, state.readOnlyReason == nil else { return [.quit(exitCode: 0)] }
        state.mode = .confirmQuit(Dialog(
            title: "Unsaved changes",
            message: ["\(state.history.changes(since: state.savedRevision)) unsaved change(s) to \(state.filePath)."],
            buttons: ["Save and quit", "Discard", "Cancel"], selectedButton: 2))
        return []
    }

    static func handle(_ key: Key, dialog: inout Dialog, _ state: inout AppState) -> [AppEffect] {
        var choice: Int?
        switch key {
        case .char("s"), .char("S"), .char("y"): choice = 0
        case .char("d"), .char("D"): choice = 1
        case .char("c"), .char("C"), .escape, .char("n"): choice = 2
        case .enter: choice = dialog.selectedButton
        default:
            _ = dialog.handle(key)
            state.mode = .confirmQuit(dialog)
            return []
        }
        state.mode = .normal
        switch choice {
        case 0:
            state.pendingQuitAfterSave = true
            let effects = SaveHandling.save(to: state.filePath, &state)
            if effects.isEmpty { state.pendingQuitAfterSave = false }
            return effects
        case 1: return [.quit(exitCode: 0)]
        default:
            state.say("Quit cancelled")
            return []
        }
    }
}
