import ReviewModel
import TerminalToolkit

/// The field editor: a box listing the item's fields, the current one being typed,
/// the field's hint, and for references a list to pick from.
enum EditorView {
    static func render(_ editor: EditorState, _ state: AppState, in area: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        let choices = editor.pickerChoices
        let pickerRows = choices.isEmpty ? 0 : min(8, choices.count) + 1
        let width = min(area.width - 2, 100)
        let height = min(area.height - 2, editor.fields.count + 4 + pickerRows)
        let box = area.centered(width: width, height: height)
        buffer.fill(box)
        let title = " Edit \(EditorHandling.itemTitle(editor.item, state.review).singleLine) "
        let inner = buffer.drawBox(box, title: String(title.prefix(max(0, width - 4))))
        let labelWidth = min(22, inner.width / 3)
        let rows = max(1, inner.height - 2 - pickerRows)
        let start = max(0, min(editor.fieldIndex - rows / 2, editor.fields.count - rows))
        for (line, index) in (start..<min(editor.fields.count, start + rows)).enumerated() {
            let field = editor.fields[index]
            let y = inner.y + line
            let current = index == editor.fieldIndex
            buffer.write((current ? "▶ " : "  ") + field.name, in: Rect(x: inner.x, y: y, width: labelWidth, height: 1),
                         style: current ? .bold : theme[.muted])
            let valueArea = Rect(x: inner.x + labelWidth + 1, y: y, width: inner.width - labelWidth - 1, height: 1)
            if current {
                if case .reference = field.kind {
                    let shown = editor.input.isEmpty ? "(type to filter)" : editor.input.text
                    buffer.write(shown, in: valueArea, style: .underline)
                } else {
                    editor.input.render(in: valueArea, buffer: &buffer, style: editor.placeholderSelected ? theme[.selected] : .underline)
                }
            } else {
                buffer.write(field.read(state.review).singleLine, in: valueArea)
            }
        }
        if pickerRows > 0 {
            let top = inner.y + min(rows, editor.fields.count)
            let list = ListState(selected: editor.pickerIndex).scrolledToSelection(visibleRows: pickerRows - 1, count: choices.count)
            buffer.write("Choose (↑/↓, Enter):", in: Rect(x: inner.x, y: top, width: inner.width, height: 1), style: theme[.header])
            for (line, index) in (list.offset..<min(choices.count, list.offset + pickerRows - 1)).enumerated() {
                let selected = index == editor.pickerIndex
                buffer.write((selected ? "▶ " : "  ") + choices[index].label,
                             in: Rect(x: inner.x, y: top + 1 + line, width: inner.width, height: 1),
                             style: selected ? theme[.selected] : .plain)
            }
        }
        if let field = editor.field {
            let hint = field.hint.isEmpty ? "Enter accept · Tab next field · Esc cancel" : field.hint
            buffer.write(hint + " · Tab next · Esc cancel", in: Rect(x: inner.x, y: inner.bottom - 1, width: inner.width, height: 1),
                         style: theme[.muted])
        }
    }
}
