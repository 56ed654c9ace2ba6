import ReviewModel
import TerminalToolkit

/// The field editor: a box listing the item's fields with the current one being typed.
enum EditorView {
    static func render(_ editor: EditorState, _ state: AppState, in area: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        let width = min(area.width - 2, 100)
        let height = min(area.height - 2, editor.fields.count + 4)
        let box = area.centered(width: width, height: height)
        buffer.fill(box)
        let inner = buffer.drawBox(box, title: " Edit: Tab next field, Enter accept, Esc cancel ")
        let labelWidth = min(22, inner.width / 3)
        let rows = max(1, inner.height - 1)
        let start = max(0, min(editor.fieldIndex - rows / 2, editor.fields.count - rows))
        for (line, index) in (start..<min(editor.fields.count, start + rows)).enumerated() {
            let field = editor.fields[index]
            let y = inner.y + line
            let current = index == editor.fieldIndex
            buffer.write(field.name, in: Rect(x: inner.x, y: y, width: labelWidth, height: 1), style: current ? .bold : theme[.muted])
            let valueArea = Rect(x: inner.x + labelWidth + 1, y: y, width: inner.width - labelWidth - 1, height: 1)
            if current {
                editor.input.render(in: valueArea, buffer: &buffer)
            } else {
                buffer.write(field.read(state.review).singleLine, in: valueArea)
            }
        }
        if let field = editor.field {
            buffer.write(field.hint, in: Rect(x: inner.x, y: inner.bottom - 1, width: inner.width, height: 1), style: theme[.muted])
        }
    }
}
