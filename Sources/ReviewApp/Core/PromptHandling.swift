import ReviewModel
import TerminalToolkit

/// The `/` search prompt and the `:` command line (with completion and history).
enum PromptHandling {
    static let commandNames = ["w", "wq", "x", "q", "q!", "present", "export", "help", "history", "undo", "redo"]

    static func handle(_ key: Key, prompt: inout Prompt, _ state: inout AppState) -> [AppEffect] {
        switch key {
        case .escape:
            state.mode = .normal
            return []
        case .enter:
            state.mode = .normal
            let text = prompt.input.text.trimmingCharacters(in: .whitespaces)
            if prompt.kind == .search { return runSearch(text, &state) }
            if !text.isEmpty {
                state.commandHistory.removeAll { $0 == text }
                state.commandHistory.append(text)
            }
            return runCommand(text, &state)
        case .tab where prompt.kind == .command:
            complete(&prompt, &state)
        case .up where prompt.kind == .command, .down where prompt.kind == .command:
            recall(key == .up ? -1 : 1, &prompt, state.commandHistory)
        case .backspace where prompt.input.isEmpty:
            state.mode = .normal
            return []
        default:
            _ = prompt.input.handle(key)
        }
        state.mode = .prompt(prompt)
        return []
    }

    private static func complete(_ prompt: inout Prompt, _ state: inout AppState) {
        let typed = prompt.input.text
        let matches = commandNames.filter { $0.hasPrefix(typed) }
        if matches.count == 1, let only = matches.first {
            prompt.input.text = only
        } else if matches.isEmpty {
            state.warn("No command starts with \"\(typed)\"")
        } else {
            state.say("Commands: " + matches.joined(separator: "  "))
        }
    }

    private static func recall(_ delta: Int, _ prompt: inout Prompt, _ history: [String]) {
        guard !history.isEmpty else { return }
        let current = prompt.historyIndex ?? history.count
        let next = min(max(current + delta, 0), history.count)
        prompt.historyIndex = next
        prompt.input.text = next < history.count ? history[next] : ""
    }

    static func runSearch(_ query: String, _ state: inout AppState) -> [AppEffect] {
        guard !query.isEmpty else {
            state.search = SearchState()
            return []
        }
        state.search = SearchState(query: query, hits: ReviewSearch.hits(for: query, in: state.review), current: nil)
        AppUpdate.stepSearch(by: 1, &state)
        return []
    }

    static func runCommand(_ text: String, _ state: inout AppState) -> [AppEffect] {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let name = parts.first else { return [] }
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
        switch name {
        case "w":
            return SaveHandling.save(to: argument ?? state.filePath, &state)
        case "wq", "x":
            state.pendingQuitAfterSave = true
            let effects = SaveHandling.save(to: argument ?? state.filePath, &state)
            if effects.isEmpty { state.pendingQuitAfterSave = false }
            return effects
        case "q":
            return QuitHandling.requestQuit(&state)
        case "q!":
            return [.quit(exitCode: 0)]
        case "present":
            return AppUpdate.perform(.present, &state)
        case "help":
            return AppUpdate.perform(.help, &state)
        case "history":
            return AppUpdate.perform(.showHistory, &state)
        case "undo":
            return AppUpdate.perform(.undo, &state)
        case "redo":
            return AppUpdate.perform(.redo, &state)
        case "export":
            let path = argument ?? defaultExportPath(state.filePath)
            return [.export(path: path)]
        default:
            state.warn("Unknown command :\(name) (Tab completes; try :w, :q, :wq, :q!, :present, :export)")
            return []
        }
    }

    static func defaultExportPath(_ reviewPath: String) -> String {
        let base = reviewPath.hasSuffix(".json") ? String(reviewPath.dropLast(5)) : reviewPath
        return base + "-board-paper.md"
    }
}

/// Quitting with unsaved changes asks first: save, discard, or cancel.
enum QuitHandling {
    static func requestQuit(_ state: inout AppState) -> [AppEffect] {
        guard state.isModified, state.readOnlyReason == nil else { return [.quit(exitCode: 0)] }
        let unprotected = state.journalProblem.map { ["Not in the recovery file either: \($0)"] } ?? []
        state.mode = .confirmQuit(Dialog(
            title: "Unsaved changes",
            message: ["\(state.history.changes(since: state.savedRevision)) unsaved change(s) to \(state.filePath)."] + unprotected,
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

/// Saving goes through the store (durable path); the runtime reports back.
enum SaveHandling {
    static func save(to path: String, _ state: inout AppState) -> [AppEffect] {
        if let reason = state.readOnlyReason, path == state.filePath {
            state.warn("Read-only (\(reason)); save a copy with :w OTHER-FILE")
            return []
        }
        // A save under another name switches the app to that file only once it succeeds
        // (`saveFinished`): a failed `:w OTHER` leaves ^S saving to the file it was opened from.
        return [path == state.filePath ? .save(path: path) : .saveAs(path: path)]
    }

    /// The file changed on disk: overwrite, save as, reload theirs, or cancel.
    static func handleOverwrite(_ key: Key, dialog: inout Dialog, path: String, _ state: inout AppState) -> [AppEffect] {
        var choice: Int?
        switch key {
        case .char("o"), .char("O"): choice = 0
        case .char("s"), .char("S"): choice = 1
        case .char("r"), .char("R"): choice = 2
        case .char("c"), .char("C"), .escape: choice = 3
        case .enter: choice = dialog.selectedButton
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
