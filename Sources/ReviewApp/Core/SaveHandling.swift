import ReviewModel
import TerminalToolkit

/// Saving goes through the store (durable path); the runtime reports back.
enum SaveHandling {
    static func save(to path: String, _ state: inout AppState) -> [AppEffect] {
        if let reason = state.readOnlyReason, path == state.filePath {
            state.warn("Read-only (\(reason)); save a copy with :w OTHER-FILE")
            return []
        }
        // A save under another name switches the app to that file only once it succeeds
        // (`saveFinished`): a failed `:w OTHER` leaves ^S saving to the file it was opened from.
        return [.save(path: path)]
    }

    /// The file changed on disk: overwrite, save as, reload theirs, or cancel.
    static func handleOverwrite(_ key: Key, dialog: inout Dialog, path: String, _ state: inout AppState) -> [AppEffect] {
        // The dialog for a file changed on disk offers Reload theirs as its third button; the
        // one for a write-protected or hard-linked file has Overwrite, Save as and Cancel only.
        let offersReload = dialog.buttons.count == 4
        var choice: Int?
        switch key {
        case .char("o"), .char("O"): choice = 0
        case .char("s"), .char("S"): choice = 1
        case .char("r") where offersReload, .char("R") where offersReload: choice = 2
        case .char("c"), .char("C"), .escape: choice = 3
        case .enter: choice = offersReload || dialog.selectedButton < 2 ? dialog.selectedButton : 3
        default:
            _ = dialog.handle(key)
            state.mode = .confirmOverwrite(dialog, path: path)
            return []
        }
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
