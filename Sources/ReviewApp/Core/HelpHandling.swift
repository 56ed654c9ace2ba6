import TerminalToolkit

/// Keys while the help is open: scrolling, and searching it (`OverlayKeys`). `/` types a
/// search on the bottom line; each character goes to the first line holding it from where
/// the help was; Enter keeps it, Esc goes back. `n`/`N` go to the next and previous line
/// holding it. Any other key closes the help.
enum HelpHandling {
    static func overlay(_ state: AppState) -> HelpOverlay {
        HelpOverlay(title: "Help: every key · / searches · Esc closes", sections: HelpContent.sections(for: state.pane))
    }

    /// Where the help is drawn: the screen less its last line (the search line).
    static func area(_ size: Size) -> Rect { Rect(x: 0, y: 0, width: size.width, height: max(0, size.height - 1)) }

    static func handle(_ key: Key, help: inout HelpState, _ state: inout AppState) -> [AppEffect] {
        let overlay = overlay(state)
        let last = overlay.maxScrollOffset(in: area(state.size))
        help.scroll = min(help.scroll, last)
        if help.input != nil { return typing(key, &help, overlay, last: last, &state) }
        switch OverlayKeys.keyMap.command(for: key) {
        case .search:
            help.before = HelpState.SearchStart(scroll: help.scroll, query: help.query, matchLine: help.matchLine)
            help.input = TextInput()
        case .nextMatch, .previousMatch:
            let matches = overlay.lines(matching: help.query)
            guard !matches.isEmpty else {
                state.warn(help.query.isEmpty ? "No search yet: / searches the help" : "No line of the help holds \"\(help.query)\"")
                return []
            }
            let forward = OverlayKeys.keyMap.command(for: key) == .nextMatch
            let current = help.matchLine ?? (forward ? -1 : Int.max)
            let next = forward ? (matches.first { $0 > current } ?? matches[0]) : (matches.last { $0 < current } ?? matches[matches.count - 1])
            let wrapped = forward ? next <= current : next >= current
            go(to: next, &help, last: last)
            state.say("Help /\(help.query): \(help.positionText(matches))" + (wrapped && current >= 0 && current < Int.max ? " · search wrapped" : ""))
        default:
            // A page is the lines shown less one, so the last line of a page is the first of the next.
            let page = overlay.frame(in: area(state.size)).inset(by: 1).height - 1
            guard let scroll = AppUpdate.scrolled(help.scroll, by: key, page: page) else {
                state.mode = .normal
                return []
            }
            help.scroll = min(scroll, last)
        }
        return []
    }

    private static func typing(_ key: Key, _ help: inout HelpState, _ overlay: HelpOverlay, last: Int,
                               _ state: inout AppState) -> [AppEffect] {
        guard var input = help.input else { return [] }
        switch key {
        case .enter:
            help.input = nil
            help.before = nil
            let matches = overlay.lines(matching: help.query)
            if !help.query.isEmpty && matches.isEmpty { state.warn("No line of the help holds \"\(help.query)\"") }
        case .escape, .ctrl("c"):
            cancel(&help)
        case .backspace where input.isEmpty:
            cancel(&help)
        case .paste(let text):
            input.insert(text.split(whereSeparator: \.isNewline).joined(separator: " "))
            help.input = input
            searched(&help, overlay, last: last)
        default:
            _ = input.handle(key)
            help.input = input
            searched(&help, overlay, last: last)
        }
        return []
    }

    /// After the typed text changed: the first line holding it from where the help was.
    private static func searched(_ help: inout HelpState, _ overlay: HelpOverlay, last: Int) {
        let start = help.before?.scroll ?? 0
        help.query = help.input?.text ?? ""
        let matches = overlay.lines(matching: help.query)
        help.matchLine = nil
        help.scroll = start
        if let line = matches.first(where: { $0 >= start }) ?? matches.first { go(to: line, &help, last: last) }
    }

    private static func cancel(_ help: inout HelpState) {
        help.input = nil
        if let before = help.before {
            help.scroll = before.scroll
            help.query = before.query
            help.matchLine = before.matchLine
        }
        help.before = nil
    }

    /// Shows a matching line: at the top, unless the help cannot scroll that far.
    private static func go(to line: Int, _ help: inout HelpState, last: Int) {
        help.matchLine = line
        help.scroll = min(max(0, line - 1), last)
    }
}
