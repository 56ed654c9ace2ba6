import ReviewModel
import TerminalToolkit

/// Pasted text is text: it goes into the open field or prompt and never runs as keys.
///
/// - A one-line field or prompt gets line breaks and tabs as single spaces (the status
///   line says so); a text area (notes, descriptions, minutes) keeps its line breaks, and its
///   tabs become spaces to the next tab stop; in a link picker the text narrows the list.
/// - A choice field takes no text; outside an editor or prompt a paste is ignored with a message.
enum PasteHandling {
    static func paste(_ text: String, _ state: inout AppState) -> [AppEffect] {
        switch state.mode {
        case .editing(let editor):
            return AppUpdate.withOverlay(editor, Mode.editing, &state) { editor, state in
                pasteIntoEditor(text, &editor, &state)
                return []
            }
        case .prompt(let prompt):
            return AppUpdate.withOverlay(prompt, Mode.prompt, &state) { prompt, state in
                let line = oneLine(text)
                prompt.input.insert(line.text)
                if prompt.kind == .search { SearchHandling.typed(prompt, &state) }
                if prompt.kind == .filter { FilterHandling.typed(prompt, &state) }
                if line.changed { state.say("Pasted: line breaks and tabs became spaces") }
                return []
            }
        case .help(let help) where help.input != nil:
            return AppUpdate.withOverlay(help, Mode.help, &state) { HelpHandling.handle(.paste(text), help: &$0, &$1) }
        case .normal:
            state.warn("Paste ignored: open a field first (e edits the selected item)")
        default:
            state.warn("Paste ignored here")
        }
        return []
    }

    static func pasteIntoEditor(_ text: String, _ editor: inout EditorState, _ state: inout AppState) {
        guard let field = editor.field else { return }
        switch field.kind {
        case .choice:
            state.warn("\(field.name): paste ignored; choose with Space or the first letter")
        case .notes:
            editor.area.insert(text)
            if text.contains("\t") { state.say("\(field.name): pasted tabs became spaces (to the next of every \(TextArea.tabWidth) columns)") }
        case .link:
            editor.picker?.typeFilter(oneLine(text).text)
        case .text, .value:
            let line = oneLine(text)
            editor.input.insert(line.text)
            if line.changed { state.say("\(field.name): pasted line breaks and tabs became spaces") }
        }
    }

    /// The text on one line: each run of line breaks and tabs becomes one space.
    static func oneLine(_ text: String) -> (text: String, changed: Bool) {
        var result = ""
        var changed = false
        var inBreak = false
        for character in text {
            if character == "\n" || character == "\t" || character == "\r\n" || character == "\r" {
                changed = true
                if !inBreak { result.append(" ") }
                inBreak = true
            } else {
                result.append(character)
                inBreak = false
            }
        }
        return (result, changed)
    }
}
