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
        // The box and a margin of one cell around it are cleared, so nothing behind touches its border.
        buffer.fill(box.expanded(by: 1).intersection(area))
        let inner = buffer.drawBox(box, title: "Edit \(EditorHandling.itemTitle(editor.item, state.review).singleLine)")
        let labelWidth = labelWidth(editor.fields, innerWidth: inner.width)
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
            buffer.write(hint(field.hint), in: Rect(x: inner.x, y: inner.bottom - 1, width: inner.width, height: 1),
                         style: theme[.muted])
        }
    }

    /// The label column: as wide as the longest field name and its marker, leaving the values
    /// at least half the box or 32 columns, whichever is less.
    static func labelWidth(_ fields: [FieldSpec], innerWidth: Int) -> Int {
        min((fields.map(\.name.terminalWidth).max() ?? 0) + 2, max(innerWidth / 2, innerWidth - 32))
    }

    /// The field's own hint, then the editor's keys it does not already name, each once:
    /// "Space cycles · first letter picks · Enter accept · Tab next field · Esc cancel".
    static func hint(_ fieldHint: String) -> String {
        var parts = fieldHint.split(separator: " · ").map(String.init)
        for common in ["Enter accept", "Tab next field", "Esc cancel"] {
            let key = common.prefix { $0 != " " }
            if !parts.contains(where: { $0.hasPrefix(key + " ") }) { parts.append(common) }
        }
        return parts.joined(separator: " · ")
    }
}
