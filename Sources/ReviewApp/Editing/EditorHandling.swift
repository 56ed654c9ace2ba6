import ReviewModel
import TerminalToolkit

/// Keys while a field editor is open: Enter accepts, Tab/Shift-Tab accept and move, Esc cancels.
/// Every value goes through the field's parser: nothing invalid reaches the model.
enum EditorHandling {
    static func handle(_ key: Key, editor: inout EditorState, _ state: inout AppState) -> [AppEffect] {
        guard let field = editor.field else {
            state.mode = .normal
            return []
        }
        switch key {
        case .escape:
            state.mode = .normal
            if let before = editor.beforeAdd {
                // A new item cancelled: as if it was never added.
                state.document.restore(before.history)
                if let selection = before.selection { state.select(selection) }
                state.pane = before.pane
                state.say("New \(before.noun) not added")
            } else {
                state.say("Edit cancelled")
            }
            return []
        case .enter:
            if accept(&editor, &state) {
                state.mode = .normal
                return []
            }
        case .tab, .backTab:
            if accept(&editor, &state) {
                let count = editor.fields.count
                editor.fieldIndex = (editor.fieldIndex + (key == .tab ? 1 : count - 1)) % count
                editor.load(from: state.review)
            }
        case .resize:
            break
        default:
            edit(key, field: field, &editor)
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
        case .reference:
            switch key {
            case .up: editor.pickerIndex = max(0, editor.pickerIndex - 1)
            case .down: editor.pickerIndex = min(max(0, editor.pickerChoices.count - 1), editor.pickerIndex + 1)
            default:
                if editor.input.handle(key) { editor.pickerIndex = 0 }
            }
        case .notes:
            if key == .ctrl("n") {
                editor.placeholderSelected = false
                editor.input.insert(String(EditorState.lineBreak))
                return
            }
            typeInto(key, &editor)
        case .text, .value:
            typeInto(key, &editor)
        }
    }

    /// Typing over a new item's placeholder replaces it; any other key keeps it.
    static func typeInto(_ key: Key, _ editor: inout EditorState) {
        if editor.placeholderSelected {
            editor.placeholderSelected = false
            switch key {
            case .char: editor.input = TextInput("")
            case .backspace:
                editor.input = TextInput("")
                return
            default: break
            }
        }
        _ = editor.input.handle(key)
    }

    /// Checks and stores the field; false (with the reason on the status line) keeps the editor open.
    static func accept(_ editor: inout EditorState, _ state: inout AppState) -> Bool {
        guard let field = editor.field else { return true }
        let text: String
        if case .reference = field.kind {
            let choices = editor.pickerChoices
            guard choices.indices.contains(editor.pickerIndex) else {
                state.warn("\(field.name): nothing matches \"\(editor.input.text)\"; Backspace to widen the search")
                return false
            }
            text = choices[editor.pickerIndex].label
        } else {
            text = editor.typedValue
        }
        switch field.write(state.review, text) {
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
