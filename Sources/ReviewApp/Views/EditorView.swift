import ReviewModel
import TerminalToolkit

/// The field editor: a box listing the item's fields, the current one being typed (a line, a
/// text area for long text, or a picker of names for links), and a hint line whose keys come
/// from the key tables.
enum EditorView {
    static func render(_ editor: EditorState, _ state: AppState, in area: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        let layout = EditorLayout(editor, in: area)
        // The box and a margin of one cell around it are cleared, so nothing behind touches its border.
        buffer.fill(layout.box.expanded(by: 1).intersection(area))
        _ = buffer.drawBox(layout.box, title: "Edit \(EditorHandling.itemTitle(editor.item, state.review).singleLine)")
        for (index, y) in layout.rows {
            let field = editor.fields[index]
            let current = index == editor.fieldIndex
            buffer.write((current ? "▶ " : "  ") + field.name, in: Rect(x: layout.inner.x, y: y, width: layout.labelWidth, height: 1),
                         style: current ? .bold : theme[.muted])
            guard current else {
                let valueArea = Rect(x: layout.block.x, y: y, width: layout.block.width, height: 1)
                buffer.write(field.read(state.review).singleLine, in: valueArea)
                continue
            }
            switch field.kind {
            case .notes:
                editor.area.render(in: layout.block, buffer: &buffer, style: .underline, selectedStyle: theme[.selected])
            case .link:
                editor.picker?.render(in: layout.block, buffer: &buffer, selectedStyle: theme[.selected])
            case .text, .value, .choice:
                editor.input.render(in: layout.block.row(0), buffer: &buffer, selectedStyle: theme[.selected])
            }
        }
        if let field = editor.field {
            let keys = hint(for: field.kind)
            let hint = field.hint.isEmpty ? keys : field.hint + " · " + keys
            buffer.write(hint, in: layout.hintRow, style: theme[.muted])
        }
    }

    /// The editor's keys for a kind of field, named from the key tables.
    static func hint(for kind: FieldKind) -> String {
        func keys(_ command: EditorCommand) -> String { KeyTable.editor.keys(for: command).first?.displayName ?? "" }
        func textKeys(_ command: TextEditCommand) -> String { TextEditCommand.keyMap.keys(for: command).first?.displayName ?? "" }
        var parts: [String] = []
        switch kind {
        case .notes: parts.append("\(textKeys(.newLine)) new line")
        case .link(let choices):
            if choices.allowsSeveral { parts.append("\(PickerCommand.keyMap.keys(for: .toggle).first?.displayName ?? "") ticks") }
            parts.append("\(keys(.accept)) accept")
        default: parts.append("\(keys(.accept)) accept")
        }
        parts += ["\(keys(.nextField)) next field", "\(keys(.acceptAndSave)) accept and save", "\(keys(.cancel)) cancel"]
        return parts.joined(separator: " · ")
    }
}
