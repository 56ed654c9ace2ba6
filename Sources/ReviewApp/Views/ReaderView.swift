import ReviewModel
import TerminalToolkit

/// The reader: the selected item in full in a box over the pane, scrolled with the arrows,
/// PgUp/PgDn, Home/End; where it is ("12-24 of 45") and the keys in the bottom border, a
/// scroll gutter on the right. Nothing here edits: `e` leaves for the editor.
enum ReaderView {
    /// The box over the pane (the status line stays in view) and the text area inside it (a
    /// column kept for the gutter).
    static func areas(_ size: Size) -> (box: Rect, text: Rect) {
        let box = Rect(x: 0, y: 3, width: size.width, height: max(3, size.height - 5))
        let inner = box.inset(by: 1)
        return (box, Rect(x: inner.x + 1, y: inner.y, width: max(1, inner.width - 3), height: inner.height))
    }

    /// Lines a page moves, and the largest useful scroll.
    static func page(_ size: Size) -> Int { max(1, areas(size).text.height - 1) }

    static func maxScroll(_ reader: ReaderState, _ state: AppState) -> Int {
        let text = areas(state.size).text
        return max(0, ReaderContent.lines(reader.item, state, width: text.width).count - text.height)
    }

    static func render(_ reader: ReaderState, _ state: AppState, into buffer: inout Buffer) {
        let theme = state.theme
        let (box, text) = areas(state.size)
        buffer.fill(box)
        let inner = buffer.drawBox(box, title: " \(ReaderContent.title(reader.item, state)) ", style: theme[.border])
        let lines = ReaderContent.lines(reader.item, state, width: text.width)
        let first = min(reader.scroll, max(0, lines.count - text.height))
        for (row, line) in lines.dropFirst(first).prefix(text.height).enumerated() {
            buffer.write(line.0, in: Rect(x: text.x, y: text.y + row, width: text.width, height: 1), style: line.1)
        }
        let gutter = ScrollGutter(offset: first, visible: text.height, count: lines.count)
        gutter.render(in: Rect(x: inner.right - 1, y: inner.y, width: 1, height: inner.height), buffer: &buffer, style: theme[.muted])
        let keys = (state.isReadOnly ? "" : "e edit · ") + "Esc back"
        let footer = gutter.isNeeded ? " \(gutter.positionText) · ↑↓ PgUp PgDn Home End · \(keys) " : " \(keys) "
        let footerWidth = min(footer.terminalWidth, max(0, box.width - 4))
        buffer.write(footer, in: Rect(x: box.right - 2 - footerWidth, y: box.bottom - 1, width: footerWidth, height: 1),
                     style: theme[.muted])
    }
}
