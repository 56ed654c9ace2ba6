import ReviewModel
import TerminalToolkit

/// Every validation warning in full, in a `ScrollBox` over the pane: what it concerns, then the
/// whole message; the selected entry is marked "▶" and highlighted. Enter goes to the item.
enum WarningsView {
    static let keys = "↑↓ choose · Enter goes there · Esc closes"

    /// The box over the pane; the status line stays in view.
    static func box(_ size: Size) -> Rect {
        Rect(x: 0, y: 3, width: size.width, height: max(3, size.height - 5))
    }

    /// The wrapped lines, and the lines each entry takes.
    static func lines(_ list: WarningsList, _ state: AppState) -> (lines: [Span], entries: [Range<Int>]) {
        let box = box(state.size)
        guard !list.issues.isEmpty else {
            return (ScrollBox.wrap([Span("No validation warnings.")],
                                   box: box), [])
        }
        var lines: [Span] = []
        var entries: [Range<Int>] = []
        for (index, issue) in list.issues.enumerated() {
            if index > 0 { lines.append(Span("")) }
            let marker = index == list.selected ? "▶ " : "  "
            let severity = issue.severity == .error ? "ERROR " : ""
            let place = WarningPlace(path: issue.path).name(in: state.review)
            let entry = ScrollBox.wrap([Span("\(marker)\(index + 1). \(severity)\(place)", style: state.theme[.title]),
                                        Span("   \(issue.message)")], box: box, hangingIndent: 3)
            entries.append(lines.count..<(lines.count + entry.count))
            lines += entry
        }
        return (lines, entries)
    }

    static func render(_ list: WarningsList, _ state: AppState, into buffer: inout Buffer) {
        let (lines, entries) = lines(list, state)
        let count = list.issues.count
        let title = count == 0 ? "Validation warnings" : "Validation warnings (\(count))"
        ScrollBox(title: title, lines: lines, keys: count == 0 ? "Esc closes" : keys,
                  highlighted: entries.indices.contains(list.selected) ? entries[list.selected] : nil,
                  borderStyle: state.theme[.border], highlightStyle: state.theme[.selected], mutedStyle: state.theme[.muted])
            .render(in: box(state.size), buffer: &buffer, scroll: list.scroll)
    }
}
