import ReviewModel
import TerminalToolkit

/// The warnings list (`W`, `:warnings`): ↑/↓ choose an entry, PgUp/PgDn and Home/End move
/// through the list, Enter goes to the item the warning concerns, Esc closes.
enum WarningsHandling {
    static func open(_ state: inout AppState) {
        let issues = Validation.validate(state.review)
        state.mode = .warnings(WarningsList(issues: issues.filter { $0.severity == .error } + issues.filter { $0.severity == .warning }))
    }

    static func handle(_ key: Key, list: inout WarningsList, _ state: inout AppState) -> [AppEffect] {
        let count = list.issues.count
        let box = WarningsView.box(state.size)
        let page = max(1, ScrollBox.textArea(of: box).height - 1)
        switch key {
        case .down, .char("j"): list.selected = min(list.selected + 1, max(0, count - 1))
        case .up, .char("k"): list.selected = max(0, list.selected - 1)
        case .home, .char("g"): list.selected = 0
        case .end, .char("G"): list.selected = max(0, count - 1)
        case .pageDown, .char(" "), .pageUp:
            // A page of text; the selection moves to the first entry in view when it left it.
            let (lines, entries) = WarningsView.lines(list, state)
            let last = ScrollBox.maxScroll(lineCount: lines.count, box: box)
            list.scroll = key == .pageUp ? max(0, list.scroll - page) : min(last, list.scroll + page)
            let height = ScrollBox.textArea(of: box).height
            let inView = entries.indices.filter { entries[$0].lowerBound < list.scroll + height && entries[$0].upperBound > list.scroll }
            if !inView.contains(list.selected), let first = inView.first { list.selected = first }
            return []
        case .enter:
            guard list.issues.indices.contains(list.selected) else {
                state.mode = .normal
                return []
            }
            let place = WarningPlace(path: list.issues[list.selected].path)
            place.go(&state)
            state.say("\(place.name(in: state.review)): \(list.issues[list.selected].message)")
            return []
        case .escape, .char("q"):
            state.mode = .normal
            return []
        case .resize: break
        default:
            state.say("Warnings: \(WarningsView.keys)")
            return []
        }
        let entries = WarningsView.lines(list, state).entries
        if entries.indices.contains(list.selected) {
            list.scroll = ScrollBox.scroll(list.scroll, toShow: entries[list.selected], box: box)
        }
        return []
    }
}
