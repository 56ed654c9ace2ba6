import TerminalToolkit

/// Where the editor's parts are on the screen: the box, the column of field names, the rows of
/// the other fields, and the block of the field being edited (one row for a one-line field,
/// several for long text or a picker). The view draws with it and `update` fits the text area
/// and the picker to it, so Up/Down/PgUp/PgDn move by the rows shown.
struct EditorLayout {
    /// Rows wanted for a text area, and for a picker's list.
    static let blockRows = 8

    let box: Rect
    let inner: Rect
    let labelWidth: Int
    /// The fields shown, with the row each starts on (the current one spans `block`).
    let rows: [(index: Int, y: Int)]
    /// The current field's value: a row, a text area, or a picker's filter line and list.
    let block: Rect
    /// The hint line at the bottom of the box.
    let hintRow: Rect

    init(_ editor: EditorState, in area: Rect) {
        let count = editor.fields.count
        let current = editor.fieldIndex
        let wanted: Int
        switch editor.field?.kind {
        case .notes?: wanted = Self.blockRows
        case .link?: wanted = 1 + min(Self.blockRows, max(1, editor.picker?.labels.count ?? 1))
        default: wanted = 1
        }
        let width = max(0, min(area.width - 2, 100))
        // Border, the fields (the current one `wanted` rows), a blank row and the hint.
        let height = max(0, min(area.height - 2, count - 1 + wanted + 4))
        box = area.centered(width: width, height: height)
        inner = box.inset(horizontal: 1, vertical: 1)
        // As wide as the longest field name and its marker, leaving the values at least half
        // the box or 32 columns, whichever is less.
        labelWidth = min((editor.fields.map(\.name.terminalWidth).max() ?? 0) + 2, max(inner.width / 2, inner.width - 32))
        let fieldRows = max(1, inner.height - 2)
        let others = count - 1
        let blockHeight = max(1, min(wanted, fieldRows - min(others, 2)))
        let capacity = max(0, fieldRows - blockHeight)
        var before = min(current, capacity / 2)
        let after = min(count - 1 - current, capacity - before)
        before = min(current, capacity - after)
        var rows: [(index: Int, y: Int)] = []
        var y = inner.y
        var block = Rect(x: inner.x + labelWidth + 1, y: inner.y, width: max(0, inner.width - labelWidth - 1), height: blockHeight)
        for index in stride(from: current - before, through: current + after, by: 1) where index >= 0 && index < count {
            rows.append((index, y))
            if index == current {
                block.y = y
                y += blockHeight
            } else {
                y += 1
            }
        }
        self.rows = rows
        self.block = block
        hintRow = Rect(x: inner.x, y: inner.bottom - 1, width: inner.width, height: 1)
    }

    /// The editor's area on a screen: all of it but the F-key bar.
    static func screenArea(_ size: Size) -> Rect {
        Rect(x: 0, y: 0, width: size.width, height: max(0, size.height - 1))
    }
}
