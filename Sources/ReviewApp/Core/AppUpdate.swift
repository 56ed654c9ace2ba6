import ReviewModel
import TerminalToolkit

/// The pure core: `update(&state, message)` changes the state and returns effects.
public enum AppUpdate {
    public static func update(_ state: inout AppState, _ message: AppMessage) -> [AppEffect] {
        let revisionBefore = state.document.history.current.revision
        let wasModified = state.isModified
        let draftBefore = draftText(state)
        var effects = dispatch(&state, message)
        if state.session.readOnlyReason == nil {
            journalEffects(&effects, state, revisionBefore: revisionBefore, wasModified: wasModified, draftBefore: draftBefore)
        }
        if let problem = state.session.journalProblem, state.message == nil || state.message?.isError == false {
            // Until the journal is written again, the warning stays on the status line.
            state.warn(problem)
        }
        state.document.prepareDerived(for: state.pane)
        OverviewView.prepare(&state)
        SinceHandling.refresh(&state)
        Scrolling.settle(&state)
        if case .editing(var editor) = state.mode {
            editor.fit(EditorLayout(editor, in: EditorLayout.screenArea(state.size)))
            state.mode = .editing(editor)
        }
        return effects
    }

    /// What the journal must hear about this message: the draft in the open editor, an accepted
    /// edit (or, back at the saved version, that nothing is unsaved), a quit on purpose.
    static func journalEffects(_ effects: inout [AppEffect], _ state: AppState, revisionBefore: Int, wasModified: Bool,
                               draftBefore: String?) {
        var journal: [AppEffect] = []
        let draftAfter = draftText(state)
        if draftAfter != draftBefore && (draftAfter != nil || draftBefore != nil) { journal.append(.recordDraft(draftAfter)) }
        let document = state.document
        if document.history.current.revision != revisionBefore {
            journal.append(document.isModified ? .recordEdit(changeCount: document.history.changes(since: document.savedRevision))
                                               : .discardRecovery)
        } else if wasModified && !document.isModified {
            // Saved (the save's history entry amends the current revision): nothing is unsaved.
            journal.append(.discardRecovery)
        }
        if let quit = effects.firstIndex(where: { if case .quit = $0 { return true } else { return false } }) {
            // Every quit is asked for: unsaved changes were saved, or discarded on purpose.
            effects.insert(.discardRecovery, at: quit)
        }
        effects = journal + effects
    }

    /// The open editor's field and text when it differs from the stored value, as the journal's
    /// draft record keeps it.
    static func draftText(_ state: AppState) -> String? {
        let open: EditorState
        switch state.mode {
        case .editing(let editor), .confirmDiscard(_, let editor): open = editor
        default: return nil
        }
        guard let field = open.field, open.fieldChanged(state.review) else { return nil }
        return "\(field.name): \(open.shownValue)"
    }

    static func dispatch(_ state: inout AppState, _ message: AppMessage) -> [AppEffect] {
        switch message {
        case .resize(let size):
            state.size = size
            return []
        case .saveFinished(let path, let error, let saved):
            return saveFinished(&state, path: path, error: error, saved: saved)
        case .saveRefusedChangedOnDisk(let path):
            state.session.pendingQuitAfterSave = false
            state.mode = .confirmOverwrite(Dialog(
                title: "Changed on disk",
                message: ["\(path) was changed by someone else since you opened it.",
                          "Overwrite it with your version, save yours elsewhere, or reload theirs?"],
                buttons: [DialogButton("Overwrite", keys: [.char("o")]), DialogButton("Save as…", keys: [.char("s")]),
                          DialogButton("Reload theirs", keys: [.char("r")]), DialogButton("Cancel", keys: [.char("c")])],
                selectedButton: 3, cancelButton: 3), path: path)
            return []
        case .saveNeedsConfirmation(let path, let reason):
            state.session.pendingQuitAfterSave = false
            state.mode = .confirmOverwrite(Dialog(
                title: "Replace the file?",
                message: ["\(path): \(reason).", "Replace it with your version anyway, or save yours elsewhere?"],
                buttons: [DialogButton("Overwrite", keys: [.char("o")]), DialogButton("Save as…", keys: [.char("s")]),
                          DialogButton("Cancel", keys: [.char("c")])],
                selectedButton: 2, cancelButton: 2), path: path)
            return []
        case .comparisonLoaded(let source, let old, let error):
            SinceHandling.loaded(source: source, old, error: error, &state)
            return []
        case .reloaded(let review, let error):
            guard let review else {
                state.warn("Reload failed: \(error ?? "unknown error"); your version is kept")
                return []
            }
            state.commit(review, label: "reloaded from disk")
            state.document.markSaved()
            state.say("Reloaded \(state.session.filePath) from disk (u brings your version back)")
            return []
        case .journalProblem(let problem):
            if problem == nil, state.session.journalProblem != nil { state.say("The recovery file is written again: your edits are protected") }
            state.session.journalProblem = problem
            return []
        case .lockHeld(let reason):
            state.session.readOnlyReason = reason
            return []
        case .lockFreed(let formerHolder, let fileChanged):
            state.session.readOnlyReason = "\(formerHolder) has closed this file; t takes over"
            state.mode = .confirmTakeOver(RecoveryHandling.takeOverDialog(formerHolder: formerHolder, filePath: state.session.filePath,
                                                                          fileChanged: fileChanged))
            return []
        case .tookOver(let reloaded, let recovery):
            state.session.readOnlyReason = nil
            if let reloaded {
                state.commit(reloaded, label: "reloaded from disk on taking over")
                state.document.markSaved()
            }
            state.say("You can edit \(state.session.filePath) now" + (reloaded == nil ? "" : " (reloaded: it had changed)"))
            if let recovery { state.mode = .confirmRecovery(recovery.dialog, recovery) }
            return []
        case .exportFinished(let path, let outcome):
            if let error = outcome.error {
                state.warn("Export failed: \(error)")
            } else if outcome.written.count > 1 {
                // Name every file written (a ".csv" name writes one file per table beside it).
                let names = outcome.written.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
                state.say("Exported \(outcome.written.count) files: " + names.joined(separator: ", "))
            } else {
                state.say("Exported \(outcome.written.first ?? path)")
            }
            return []
        case .key(let key):
            return handle(key, &state)
        }
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [AppEffect] {
        if case .paste(let text) = key { return PasteHandling.paste(text, &state) }
        if case .mouse(let event) = key { return MouseHandling.handle(event, &state) }
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
        case .help(let help):
            return withOverlay(help, Mode.help, &state) { HelpHandling.handle(key, help: &$0, &$1) }
        case .reading(let reader):
            return ReaderHandling.handle(key, reader: reader, &state)
        case .history(let scroll):
            // The box's inner size, as HistoryView draws it: the area less a margin and a border.
            let inner = (width: state.size.width - 4, height: state.size.height - 5)
            let shown = HistoryView.lines(state.review, width: inner.width, timeZone: state.session.timeZone,
                                          currentYear: state.session.today.year)
            let last = max(0, shown.count - inner.height)
            state.mode = scrolled(min(scroll, last), by: key, page: state.size.height - 4).map { .history(scroll: min($0, last)) } ?? .normal
            return []
        case .conflicts(let selected):
            return ConflictsHandling.handle(key, selected: selected, &state)
        case .warnings(let list):
            return withOverlay(list, Mode.warnings, &state) { WarningsHandling.handle(key, list: &$0, &$1) }
        case .messages(let scroll):
            let last = MessagesView.maxScroll(state)
            let page = ScrollBox.textArea(of: MessagesView.box(state.size)).height - 1
            state.mode = scrolled(min(scroll, last), by: key, page: page).map { .messages(scroll: min($0, last)) } ?? .normal
            return []
        case .prompt(let prompt):
            return withOverlay(prompt, Mode.prompt, &state) { PromptHandling.handle(key, prompt: &$0, &$1) }
        case .editing(let editor):
            return withOverlay(editor, Mode.editing, &state) { EditorHandling.handle(key, editor: &$0, &$1) }
        case .confirmQuit(let dialog):
            return withOverlay(dialog, Mode.confirmQuit, &state) { QuitHandling.handle(key, dialog: &$0, &$1) }
        case .confirmDiscard(let dialog, let editor):
            return withOverlay(dialog, { .confirmDiscard($0, editor) }, &state) {
                EditorHandling.handleDiscard(key, dialog: &$0, editor: editor, &$1)
            }
        case .confirmOverwrite(let dialog, let path):
            return withOverlay(dialog, { .confirmOverwrite($0, path: path) }, &state) {
                SaveHandling.handleOverwrite(key, dialog: &$0, path: path, &$1)
            }
        case .confirmRecovery(let dialog, let offer):
            return withOverlay(dialog, { .confirmRecovery($0, offer) }, &state) {
                RecoveryHandling.handle(key, dialog: &$0, offer: offer, &$1)
            }
        case .confirmTakeOver(let dialog):
            return withOverlay(dialog, Mode.confirmTakeOver, &state) { RecoveryHandling.handleTakeOver(key, dialog: &$0, &$1) }
        }
    }

    /// Gives the open overlay's value to its handler, then puts the changed value back as the
    /// mode, unless the handler set the mode itself (closed the overlay or opened another): no
    /// handler writes its own mode back.
    static func withOverlay<Value>(_ value: Value, _ mode: (Value) -> Mode, _ state: inout AppState,
                                           _ handler: (inout Value, inout AppState) -> [AppEffect]) -> [AppEffect] {
        var value = value
        let changes = state.modeChanges
        let effects = handler(&value, &state)
        if state.modeChanges == changes { state.mode = mode(value) }
        return effects
    }

    /// Scrolling a read-only overlay (help, history): the new first line, or nil when the key
    /// closes it. `page` rows for PgUp/PgDn and Space.
    static func scrolled(_ scroll: Int, by key: Key, page: Int) -> Int? {
        let page = max(1, page)
        switch OverlayKeys.keyMap.command(for: key) {
        case .lineDown: return scroll + 1
        case .lineUp: return max(0, scroll - 1)
        case .pageDown: return scroll + page
        case .pageUp: return max(0, scroll - page)
        case .top: return 0
        case .bottom: return Int.max / 2
        case .search, .nextMatch, .previousMatch, nil: return key == .resize ? scroll : nil
        }
    }

    static func perform(_ command: Command, _ state: inout AppState) -> [AppEffect] {
        state.message = nil
        switch command {
        case .help: state.mode = .help(HelpState())
        case .showHistory: state.mode = .history(scroll: 0)
        case .showWarnings: WarningsHandling.open(&state)
        case .showMessages: state.mode = .messages(scroll: MessagesView.maxScroll(state))
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
        case .search: SearchHandling.start(&state)
        case .searchNext: SearchHandling.step(by: 1, &state)
        case .searchPrevious: SearchHandling.step(by: -1, &state)
        case .filter: FilterHandling.start(&state)
        case .escape:
            if state.presenting != nil {
                Presenting.leave(&state)
            } else if state.document.listFilter != nil {
                FilterHandling.clear(&state)
            } else if !state.search.hits.isEmpty || !state.search.query.isEmpty {
                state.search = SearchState()
                state.say("Search cleared")
            }
        case .commandLine: state.mode = .prompt(Prompt(kind: .command))
        case .save: return SaveHandling.save(to: state.session.filePath, &state)
        case .undo:
            guard !state.isReadOnly else { return refuseEdit(&state) }
            step(&state, { $0.undo() }, done: "Undid", nothing: "Nothing to undo")
        case .redo:
            guard !state.isReadOnly else { return refuseEdit(&state) }
            step(&state, { $0.redo() }, done: "Redid", nothing: "Nothing to redo")
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

    /// Undo or redo (`move`, which returns the label of the change it took back or made again):
    /// the pane goes to what changed, and the status line says what it was.
    private static func step(_ state: inout AppState, _ move: (inout ReviewDocument) -> String?, done: String, nothing: String) {
        let before = state.review
        guard let label = move(&state.document) else { return state.say(nothing) }
        showChange(from: before, &state)
        state.say("\(done): \(label)")
    }

    /// Undo and redo go to the pane and item they changed.
    static func showChange(from before: Review, _ state: inout AppState) {
        guard let item = ChangedItem.first(from: before, to: state.review) else { return }
        state.select(item)
    }

    static func refuseEdit(_ state: inout AppState) -> [AppEffect] {
        if state.presenting != nil {
            state.warn("Presenting: read-only. Esc or F11 leaves presenting mode.")
        } else {
            state.warn("Read-only: \(state.session.readOnlyReason ?? "")")
        }
        return []
    }

    static func saveFinished(_ state: inout AppState, path: String, error: String?, saved: Review?) -> [AppEffect] {
        if let error {
            state.session.pendingQuitAfterSave = false
            // The reason leads (it must survive an 80-column status line); the way out follows.
            state.warn("Not saved: \(error). Your changes are kept; :w PATH saves elsewhere")
            return []
        }
        if let saved, saved != state.review {
            // The history entry this save wrote becomes part of the review in every state kept
            // for undo: a save is not a step of undo, and undo never takes its record away.
            state.document.keepAuditTrail(saved.history)
        }
        if path != state.session.filePath {
            // `:w OTHER`: the session goes on with OTHER (its lock and recovery file move with it),
            // which this session may edit even if the file it came from was read-only here.
            state.session.filePath = path
            state.session.readOnlyReason = nil
        }
        state.document.markSaved()
        state.say("Saved \(path)")
        if state.session.pendingQuitAfterSave {
            return [.quit(exitCode: 0)]
        }
        return []
    }
}
