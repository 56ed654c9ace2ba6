import ReviewModel
import TerminalToolkit

/// The pure core: `update(&state, message)` changes the state and returns effects.
public enum AppUpdate {
    public static func update(_ state: inout AppState, _ message: AppMessage) -> [AppEffect] {
        let effects = dispatch(&state, message)
        state.prepareDerived()
        Scrolling.settle(&state)
        return effects
    }

    static func dispatch(_ state: inout AppState, _ message: AppMessage) -> [AppEffect] {
        switch message {
        case .resize(let size):
            state.size = size
            return []
        case .saveFinished(let path, let error, let saved):
            return saveFinished(&state, path: path, error: error, saved: saved)
        case .saveRefusedChangedOnDisk(let path):
            state.pendingQuitAfterSave = false
            state.mode = .confirmOverwrite(Dialog(
                title: "Changed on disk",
                message: ["\(path) was changed by someone else since you opened it.",
                          "Overwrite it with your version, save yours elsewhere, or reload theirs?",
                          "o overwrite · s save as · r reload theirs · Esc cancel"],
                buttons: ["Overwrite", "Save as…", "Reload theirs", "Cancel"], selectedButton: 3), path: path)
            return []
        case .saveNeedsConfirmation(let path, let reason):
            state.pendingQuitAfterSave = false
            state.mode = .confirmOverwrite(Dialog(
                title: "Replace the file?",
                message: ["\(path): \(reason).", "Replace it with your version anyway, or save yours elsewhere?",
                          "o overwrite · s save as · Esc cancel"],
                buttons: ["Overwrite", "Save as…", "Cancel"], selectedButton: 2), path: path)
            return []
        case .reloaded(let review, let error):
            guard let review else {
                state.warn("Reload failed: \(error ?? "unknown error"); your version is kept")
                return []
            }
            state.commit(review, label: "reloaded from disk")
            state.savedRevision = state.history.current.revision
            state.savedReview = review
            state.say("Reloaded \(state.filePath) from disk (u brings your version back)")
            return []
        case .exportFinished(let path, let error):
            if let error { state.warn("Export failed: \(error)") } else { state.say("Exported \(path)") }
            return []
        case .key(let key):
            return handle(key, &state)
        }
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [AppEffect] {
        if case .paste(let text) = key { return PasteHandling.paste(text, &state) }
        if key == .ctrl("c") {
            // Ctrl-C cancels whatever is open, as Esc does; on the panes it says how to quit.
            if case .normal = state.mode {} else { return handle(.escape, &state) }
        }
        switch state.mode {
        case .normal:
            if key == .resize { return [] }
            guard let command = KeyTable.command(for: key, in: state.pane) else {
                if case .char(let c) = key { state.warn("\(c): no such key here; press ? for help") }
                return []
            }
            return perform(command, &state)
        case .help(let scroll):
            switch key {
            case .down, .char("j"): state.mode = .help(scroll: scroll + 1)
            case .up, .char("k"): state.mode = .help(scroll: max(0, scroll - 1))
            case .pageDown, .char(" "): state.mode = .help(scroll: scroll + max(1, state.size.height - 4))
            case .pageUp: state.mode = .help(scroll: max(0, scroll - max(1, state.size.height - 4)))
            case .resize: break
            default: state.mode = .normal
            }
            return []
        case .prompt(var prompt):
            return PromptHandling.handle(key, prompt: &prompt, &state)
        case .editing(var editor):
            return EditorHandling.handle(key, editor: &editor, &state)
        case .confirmQuit(var dialog):
            return QuitHandling.handle(key, dialog: &dialog, &state)
        case .confirmOverwrite(var dialog, let path):
            return SaveHandling.handleOverwrite(key, dialog: &dialog, path: path, &state)
        case .confirmRecovery(var dialog, let offer):
            return RecoveryHandling.handle(key, dialog: &dialog, offer: offer, &state)
        case .reading(let reader):
            return ReaderHandling.handle(key, reader: reader, &state)
        case .history(let scroll):
            switch key {
            case .down, .char("j"): state.mode = .history(scroll: scroll + 1)
            case .up, .char("k"): state.mode = .history(scroll: max(0, scroll - 1))
            case .pageDown, .char(" "): state.mode = .history(scroll: scroll + max(1, state.size.height - 4))
            case .pageUp: state.mode = .history(scroll: max(0, scroll - max(1, state.size.height - 4)))
            case .resize: break
            default: state.mode = .normal
            }
            return []
        }
    }

    static func perform(_ command: Command, _ state: inout AppState) -> [AppEffect] {
        state.message = nil
        switch command {
        case .help: state.mode = .help(scroll: 0)
        case .showHistory: state.mode = .history(scroll: 0)
        case .read:
            guard let item = state.selectedItem else { state.say("Nothing selected to read"); return [] }
            state.mode = .reading(ReaderState(item: item))
        case .quit:
            if state.presenting != nil {
                Presenting.leave(&state)
                return []
            }
            return QuitHandling.requestQuit(&state)
        case .showPane(let pane): state.pane = pane
        case .nextPane: state.pane = state.pane.next
        case .previousPane: state.pane = state.pane.previous
        case .up, .down, .pageUp, .pageDown, .top, .bottom, .left, .right:
            Navigation.move(command, &state)
        case .search: state.mode = .prompt(Prompt(kind: .search))
        case .searchNext: stepSearch(by: 1, &state)
        case .searchPrevious: stepSearch(by: -1, &state)
        case .escape:
            if state.presenting != nil {
                Presenting.leave(&state)
            } else if !state.search.hits.isEmpty || !state.search.query.isEmpty {
                state.search = SearchState()
                state.say("Search cleared")
            }
        case .commandLine: state.mode = .prompt(Prompt(kind: .command))
        case .save: return SaveHandling.save(to: state.filePath, &state)
        case .undo:
            guard !state.isReadOnly else { return refuseEdit(&state) }
            if let label = state.undo() { state.say("Undid: \(label)") } else { state.say("Nothing to undo") }
        case .redo:
            guard !state.isReadOnly else { return refuseEdit(&state) }
            if let label = state.redo() { state.say("Redid: \(label)") } else { state.say("Nothing to redo") }
        case .setRAG(let rag):
            guard !state.isReadOnly else { return refuseEdit(&state) }
            QuickEdits.setRAG(rag, &state)
        case .cycleStatus:
            guard !state.isReadOnly else { return refuseEdit(&state) }
            QuickEdits.cycleStatus(&state)
        case .nextYear, .nextChartMeasure, .toggleBudgetScope, .toggleProsCons:
            Navigation.paneOption(command, &state)
        case .edit, .add, .delete, .moveUp, .moveDown, .duplicate, .quickAction:
            guard !state.isReadOnly else { return refuseEdit(&state) }
            ItemEditing.perform(command, &state)
        case .present:
            if state.presenting == nil { Presenting.enter(&state) } else { Presenting.leave(&state) }
        case .suspend:
            state.say("Welcome back")
            return [.suspend]
        case .interrupt:
            state.say("^C does not quit: q or :q quits (asking about unsaved changes), ^S saves")
        }
        return []
    }

    static func refuseEdit(_ state: inout AppState) -> [AppEffect] {
        if state.presenting != nil {
            state.warn("Presenting: read-only. Esc or F11 leaves presenting mode.")
        } else {
            state.warn("Read-only: \(state.readOnlyReason ?? "")")
        }
        return []
    }

    static func stepSearch(by delta: Int, _ state: inout AppState) {
        let hits = state.search.hits
        guard !hits.isEmpty else {
            state.warn(state.search.query.isEmpty ? "No search yet: press / to search" : "No matches for \"\(state.search.query)\"")
            return
        }
        let next = ((state.search.current ?? (delta > 0 ? -1 : 0)) + delta + hits.count) % hits.count
        state.search.current = next
        state.select(hits[next])
        state.say("\"\(state.search.query)\": match \(next + 1) of \(hits.count) (\(hits[next].pane.title))")
    }

    static func saveFinished(_ state: inout AppState, path: String, error: String?, saved: Review?) -> [AppEffect] {
        if let error {
            state.pendingQuitAfterSave = false
            // The reason leads (it must survive an 80-column status line); the way out follows.
            state.warn("Not saved: \(error). Your changes are kept; :w PATH saves elsewhere")
            return []
        }
        if let saved, saved != state.review {
            // The history entry this save wrote becomes part of the review (an undoable step).
            state.commit(saved, label: "saved with a history entry")
        }
        if path != state.filePath {
            // `:w OTHER`: the session goes on with OTHER (its lock and recovery file move with it),
            // which this session may edit even if the file it came from was read-only here.
            state.filePath = path
            state.readOnlyReason = nil
        }
        state.savedRevision = state.history.current.revision
        state.savedReview = state.review
        state.say("Saved \(path)")
        if state.pendingQuitAfterSave {
            return [.quit(exitCode: 0)]
        }
        return []
    }
}
