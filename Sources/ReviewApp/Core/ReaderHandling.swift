import TerminalToolkit

/// Keys while the reader is open: scrolling, `e`/F4 to edit the item, anything that
/// closes it (Esc, q, Enter) returns to the pane with the selection as it was.
enum ReaderHandling {
    static func handle(_ key: Key, reader: ReaderState, _ state: inout AppState) -> [AppEffect] {
        var reader = reader
        let page = ReaderView.page(state.size)
        let last = ReaderView.maxScroll(reader, state)
        switch key {
        case .down, .char("j"): reader.scroll += 1
        case .up, .char("k"): reader.scroll -= 1
        case .pageDown, .char(" "), .ctrl("f"): reader.scroll += page
        case .pageUp, .ctrl("b"): reader.scroll -= page
        case .home, .char("g"): reader.scroll = 0
        case .end, .char("G"): reader.scroll = last
        case .resize: break
        case .char("e"), .function(4):
            state.mode = .normal
            return AppUpdate.perform(.edit, &state)
        case .escape, .char("q"), .enter, .left, .char("h"):
            state.mode = .normal
            return []
        default:
            state.say("Reading: ↑↓ PgUp PgDn Home End scroll · e edit · Esc back")
            return []
        }
        reader.scroll = min(max(0, reader.scroll), last)
        state.mode = .reading(reader)
        return []
    }
}
