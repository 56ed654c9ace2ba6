import ReviewModel
import TerminalToolkit

/// Keys while a field editor is open, from `KeyTable.editor` first: Enter accepts (in long text
/// it is a new line), Tab/Shift-Tab accept and move, ^S/F2 accept and save, Esc asks before
/// discarding what was typed. Other keys go to the field's text input, text area or picker.
/// Every value goes through the field's parser: nothing invalid reaches the model.
enum EditorHandling {
    static func handle(_ key: Key, editor: inout EditorState, _ state: inout AppState) -> [AppEffect] {
        guard let field = editor.field else {
            state.mode = .normal
            return []
        }
        if field.kind.isNotes, TextEditCommand.keyMap.command(for: key) == .newLine {
            _ = editor.area.handle(key)
            return []
        }
        guard let command = KeyTable.editor.command(for: key) else {
            if key != .resize { edit(key, field: field, &editor) }
            return []
        }
        switch command {
        case .cancel:
            if editor.hasChanges(state.review) {
                state.mode = .confirmDiscard(discardDialog(editor), editor)
            } else {
                close(editor, &state)
            }
        case .accept:
            if accept(&editor, &state) { state.mode = .normal }
        case .acceptAndSave:
            if accept(&editor, &state) {
                state.mode = .normal
                return AppUpdate.perform(.save, &state)
            }
        case .nextField, .previousField:
            if accept(&editor, &state) {
                let count = editor.fields.count
                editor.fieldIndex = (editor.fieldIndex + (command == .nextField ? 1 : count - 1)) % count
                editor.load(from: state.review)
            }
        }
        return []
    }

    static func edit(_ key: Key, field: FieldSpec, _ editor: inout EditorState) {
        switch field.kind {
        case .choice(let labels):
            guard !labels.isEmpty else { return }
            let current = labels.firstIndex(of: editor.input.text) ?? 0
            switch key {
            case .char(" "), .right, .down:
                editor.input.text = labels[(current + 1) % labels.count]
            case .left, .up:
                editor.input.text = labels[(current + labels.count - 1) % labels.count]
            case .char(let c):
                let letter = String(c).lowercased()
                // The first choice after the current one starting with the letter, so repeated letters cycle.
                let ordered = (1...labels.count).map { labels[(current + $0) % labels.count] }
                if let match = ordered.first(where: { $0.lowercased().hasPrefix(letter) }) { editor.input.text = match }
            default: break
            }
        case .link:
            _ = editor.picker?.handle(key)
        case .notes:
            _ = editor.area.handle(key)
        case .text, .value:
            _ = editor.input.handle(key)
        }
    }

    /// The question Esc asks when closing would lose something: what was typed in the field,
    /// or (for an item just added) the whole new item.
    static func discardDialog(_ editor: EditorState) -> Dialog {
        let name = editor.field?.name ?? "the field"
        let message = editor.beforeAdd.map { ["The new \($0.noun) and what you typed in it will not be added."] }
            ?? ["What you typed in \(name) is not in the review yet."]
        return Dialog(title: "Discard changes?", message: message + ["Discard it, or keep editing?"],
                      buttons: [DialogButton("Discard", keys: [.char("d")]), DialogButton("Keep editing", keys: [.char("k")])],
                      selectedButton: 1, cancelButton: 1)
    }

    /// The discard question's keys: Discard closes the editor as if nothing was typed; Keep
    /// editing (and Esc) goes back to the editor as it was.
    static func handleDiscard(_ key: Key, dialog: inout Dialog, editor: EditorState, _ state: inout AppState) -> [AppEffect] {
        guard case .chose(let button) = dialog.handle(key) else { return [] }
        if button == 0 {
            close(editor, &state)
        } else {
            state.mode = .editing(editor)
            state.say("Still editing \(editor.field?.name ?? "")")
        }
        return []
    }

    /// Closes the editor without accepting the field; a new item is taken back as if never added.
    static func close(_ editor: EditorState, _ state: inout AppState) {
        state.mode = .normal
        if let before = editor.beforeAdd {
            state.document.restore(before.history)
            if let selection = before.selection { state.select(selection) }
            state.pane = before.pane
            state.say("New \(before.noun) not added")
        } else {
            state.say("Edit cancelled")
        }
    }

    /// Checks and stores the field; false (with the reason on the status line) keeps the editor open.
    static func accept(_ editor: inout EditorState, _ state: inout AppState) -> Bool {
        guard let field = editor.field else { return true }
        if case .link(let choices) = field.kind {
            if !choices.allowsSeveral, let picker = editor.picker, picker.picked.isEmpty {
                state.warn("\(field.name): nothing matches \"\(picker.filter)\"; Backspace widens the list")
                return false
            }
            // Untouched links are left as they are (in their order).
            if !editor.fieldChanged(state.review) { return true }
        }
        switch field.write(state.review, editor.typedValue(state.review)) {
        case .failure(let failure):
            state.warn("\(field.name): \(failure.description)")
            return false
        case .success(let edited):
            if edited != state.review {
                if editor.beforeAdd != nil {
                    state.document.amend(edited)
                } else {
                    state.commit(edited, label: "\(itemTitle(editor.item, edited)): \(field.name)")
                }
                editor.acceptedAField = true
                // Keep the selection on the item (a new date can move it in the timeline), but stay on this
                // pane: a quick-captured action is edited from the pane it was raised on.
                let pane = state.pane
                state.select(editor.item)
                state.pane = pane
                state.say("\(field.name) saved in memory (^S writes the file)")
            }
            return true
        }
    }
    static func itemTitle(_ item: ItemRef, _ review: Review) -> String {
        switch item {
        case .milestone(let i): return review.milestones[i].title
        case .test(let i): return review.mergerTests[i].title
        case .evidence(let t, let e): return review.mergerTests[t].evidence[e].title
        case .cell(let o, let c): return "Option \(o + 1) × \(review.appraisal.criteria[c].title)"
        case .criterion(let c): return review.appraisal.criteria[c].title
        case .option(let o): return "Option \(o + 1)"
        case .organisation(let i): return review.programme.organisations[i].name
        case .place(let i): return review.programme.places[i].name
        case .budgetLine: return "Budget line"
        case .recommendation(let i): return "Recommendation \(i + 1)"
        case .action(let i): return review.actions[i].title
        case .paper: return "Cover sheet"
        }
    }
}
