import ReviewModel
import TerminalToolkit

/// The `/` search prompt and the `:` command line (with completion and history).
enum PromptHandling {
    static func handle(_ key: Key, prompt: inout Prompt, _ state: inout AppState) -> [AppEffect] {
        switch key {
        case .escape:
            state.mode = .normal
            if prompt.kind == .search { SearchHandling.cancel(prompt, &state) }
            if prompt.kind == .filter { FilterHandling.cancel(prompt, &state) }
            return []
        case .enter:
            state.mode = .normal
            if prompt.kind == .search {
                SearchHandling.accept(prompt, &state)
                return []
            }
            if prompt.kind == .filter {
                FilterHandling.accept(prompt, &state)
                return []
            }
            let text = prompt.input.text.trimmingSpaces
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
            if prompt.kind == .search { SearchHandling.cancel(prompt, &state) }
            if prompt.kind == .filter { FilterHandling.cancel(prompt, &state) }
            return []
        default:
            let before = prompt.input.text
            _ = prompt.input.handle(key)
            if prompt.kind == .search && prompt.input.text != before { SearchHandling.typed(prompt, &state) }
            if prompt.kind == .filter && prompt.input.text != before { FilterHandling.typed(prompt, &state) }
        }
        return []
    }

    private static func complete(_ prompt: inout Prompt, _ state: inout AppState) {
        let typed = prompt.input.text
        let matches = ColonCommands.names.filter { $0.hasPrefix(typed) }
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

    static func runCommand(_ text: String, _ state: inout AppState) -> [AppEffect] {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let name = parts.first else { return [] }
        let argument = parts.count > 1 ? parts[1].trimmingSpaces : nil
        guard let entry = ColonCommands.entry(named: name) else {
            state.warn("Unknown command :\(name) (Tab completes; ? lists every command)")
            return []
        }
        switch entry.action {
        case .save:
            return SaveHandling.save(to: argument ?? state.session.filePath, &state)
        case .saveAndQuit:
            state.session.pendingQuitAfterSave = true
            let effects = SaveHandling.save(to: argument ?? state.session.filePath, &state)
            if effects.isEmpty { state.session.pendingQuitAfterSave = false }
            return effects
        case .quit:
            return QuitHandling.requestQuit(&state)
        case .forceQuit:
            return [.quit(exitCode: 0)]
        case .present:
            return AppUpdate.perform(.present, &state)
        case .help:
            return AppUpdate.perform(.help, &state)
        case .history:
            return AppUpdate.perform(.showHistory, &state)
        case .conflicts:
            ConflictsHandling.open(&state)
            return []
        case .messages:
            return AppUpdate.perform(.showMessages, &state)
        case .warnings:
            return AppUpdate.perform(.showWarnings, &state)
        case .since:
            return SinceHandling.command(argument, &state)
        case .undo:
            return AppUpdate.perform(.undo, &state)
        case .redo:
            return AppUpdate.perform(.redo, &state)
        case .export:
            return [.export(path: argument ?? defaultExportPath(state.session.filePath))]
        case .paper:
            state.select(.paper)
            return AppUpdate.perform(.edit, &state)
        }
    }

    static func defaultExportPath(_ reviewPath: String) -> String {
        let base = reviewPath.hasSuffix(".json") ? String(reviewPath.dropLast(5)) : reviewPath
        return base + "-board-paper.md"
    }
}
