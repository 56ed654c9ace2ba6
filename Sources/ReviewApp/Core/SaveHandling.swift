import ReviewModel
import TerminalToolkit

/// Saving goes through the store (durable path); the runtime reports back.
enum SaveHandling {
    static func save(to path: String, _ state: inout AppState) -> [AppEffect] {
        if let reason = state.session.readOnlyReason, path == state.session.filePath {
            state.warn("Read-only (\(reason)); save a copy with :w OTHER-FILE")
            return []
        }
        // A save under another name switches the app to that file only once it succeeds
        // (`saveFinished`): a failed `:w OTHER` leaves ^S saving to the file it was opened from.
        return [path == state.session.filePath ? .save(path: path) : .saveAs(path: path)]
    }

    /// The file changed on disk: overwrite, save as, reload theirs, or cancel.
    static func handleOverwrite(_ key: Key, dialog: inout Dialog, path: String, _ state: inout AppState) -> [AppEffect] {
        guard case .chose(let button) = dialog.handle(key) else { return [] }
        // The dialog for a file changed on disk offers Reload theirs as its third button; the
        // one for a write-protected or hard-linked file has Overwrite, Save as and Cancel only.
        let offersReload = dialog.buttons.count == 4
        let choice = offersReload || button < 2 ? button : 3
        state.mode = .normal
        switch choice {
        case 0: return [.save(path: path, overwrite: true)]
        case 1:
            var prompt = Prompt(kind: .command)
            prompt.input.text = "w "
            state.mode = .prompt(prompt)
            state.say("Type a new file name and press Enter")
            return []
        case 2: return [.reload]
        default:
            state.say("Not saved: your changes are kept")
            return []
        }
    }
}
