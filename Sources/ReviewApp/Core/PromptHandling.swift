import ReviewModel
import TerminalToolkit

/// The `/` search prompt and the `:` command line (with completion and history).
enum PromptHandling {
    static let commandNames = ["w", "wq", "x", "q", "q!", "present", "export", "paper", "help", "history", "conflicts", "since", "undo", "redo"]

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
            return SaveHandling.save(to: argument ?? state.session.filePath, &state)
        case "wq", "x":
            state.session.pendingQuitAfterSave = true
            let effects = SaveHandling.save(to: argument ?? state.session.filePath, &state)
            if effects.isEmpty { state.session.pendingQuitAfterSave = false }
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
        case "conflicts":
            ConflictsHandling.open(&state)
            return []
        case "since":
            return SinceHandling.command(argument, &state)
        case "undo":
            return AppUpdate.perform(.undo, &state)
        case "redo":
            return AppUpdate.perform(.redo, &state)
        case "export":
            let path = argument ?? defaultExportPath(state.session.filePath)
            return [.export(path: path)]
        case "paper":
            state.select(.paper)
            return AppUpdate.perform(.edit, &state)
        default:
            state.warn("Unknown command :\(name) (Tab completes; try :w, :q, :wq, :q!, :present, :export, :paper, :since)")
            return []
        }
    }

    static func defaultExportPath(_ reviewPath: String) -> String {
        let base = reviewPath.hasSuffix(".json") ? String(reviewPath.dropLast(5)) : reviewPath
        return base + "-board-paper.md"
    }
}
