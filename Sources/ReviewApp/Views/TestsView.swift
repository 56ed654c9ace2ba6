import ReviewModel
import TerminalToolkit

/// The merger tests checklist: status, RAG as a word and a colour, owner, target date,
/// evidence count; the selected test's description, evidence and notes beside or below.
enum TestsView {
    static func ragStyle(_ rag: RAG, _ theme: Theme) -> Style {
        switch rag {
        case .red: return theme[.ragRed]
        case .amber: return theme[.ragAmber]
        case .green: return theme[.ragGreen]
        case .unrated: return theme[.muted]
        }
    }

    static func split(_ body: Rect, testCount: Int) -> (list: Rect, detail: Rect) {
        if Geometry.isWide(Size(width: body.width, height: body.height)) {
            let listWidth = body.width * 3 / 5
            return (Rect(x: body.x, y: body.y, width: listWidth, height: body.height),
                    Rect(x: body.x + listWidth + 1, y: body.y, width: body.width - listWidth - 1, height: body.height))
        }
        let listHeight = min(body.height - 6, testCount + 2)
        return (Rect(x: body.x, y: body.y, width: body.width, height: max(3, listHeight)),
                Rect(x: body.x, y: body.y + max(3, listHeight), width: body.width, height: max(0, body.height - max(3, listHeight))))
    }

    static func visibleRows(_ list: Rect) -> Int { max(0, list.height - 2) }

    static func render(_ state: AppState, in body: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        let tests = state.review.mergerTests
        let (list, detail) = split(body, testCount: tests.count)
        let widths = ColumnLayout.widths(total: list.width - 2, fixed: [2, nil, 11, 6, list.width >= 100 ? 20 : 10, 11, 3])
        let alignments: [TextAlignment] = [.right, .left, .left, .left, .left, .left, .right]
        ColumnLayout.writeRow(["#", "Merger test", "Status", "RAG", "Owner", "Target", "Ev"].map { ($0, theme[.header]) },
                              widths: widths, alignments: alignments, x: list.x + 2, y: list.y, clip: list, buffer: &buffer)
        let rows = visibleRows(list)
        let scrolled = state.tests.rows.scrolledToSelection(visibleRows: rows, count: tests.count)
        for (line, index) in (scrolled.offset..<min(tests.count, scrolled.offset + rows)).enumerated() {
            let test = tests[index]
            let y = list.y + 1 + line
            let selected = index == state.tests.rows.selected
            let base = selected ? (state.tests.focus == .tests ? theme[.selected] : Style(attributes: .underline)) : Style.plain
            let rowRect = Rect(x: list.x, y: y, width: list.width, height: 1)
            if selected { buffer.fill(rowRect, style: base) }
            buffer.write(selected ? "▶" : " ", x: list.x, y: y, style: base)
            let rag = test.rag == .unrated ? "—" : test.rag.label.uppercased()
            ColumnLayout.writeRow([(String(index + 1), base), (test.title.singleLine, base), ((test.status == .assured ? "✓ " : "") + test.status.label, base),
                                   (rag, base.patched(with: ragStyle(test.rag, theme))), (test.owner, base),
                                   (test.targetDate?.display ?? "", base), (String(test.evidence.count), base)],
                                  widths: widths, alignments: alignments, x: list.x + 2, y: y, clip: rowRect, buffer: &buffer)
        }
        let (assured, total) = state.derived.readiness
        let gauge = "Readiness \(Gauge.text(value: assured, total: total, width: 20)) \(assured)/\(total) assured"
        let gaugeY = min(list.bottom - 1, list.y + 1 + min(rows, tests.count))
        buffer.write(gauge, in: Rect(x: list.x, y: gaugeY, width: list.width, height: 1), style: theme[.title])
        renderDetail(state, detail, &buffer)
    }

    static func renderDetail(_ state: AppState, _ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty, let index = state.tests.rows.selected, state.review.mergerTests.indices.contains(index) else { return }
        let theme = state.theme
        let test = state.review.mergerTests[index]
        var y = area.y
        buffer.write("\(index + 1). \(test.title.singleLine)", in: Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[.title])
        y += 1
        let wide = area.width < state.size.width
        let descriptionLines = TextView(test.description).wrappedLines(width: area.width)
        let descriptionHeight = min(descriptionLines.count, wide ? 6 : 2)
        for line in descriptionLines.prefix(descriptionHeight) {
            buffer.write(line, in: Rect(x: area.x, y: y, width: area.width, height: 1))
            y += 1
        }
        let focusEvidence = state.tests.focus == .evidence
        buffer.write("Evidence (\(test.evidence.count))" + (focusEvidence ? "  ← tests" : "  → to select"),
                     in: Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[.header])
        y += 1
        let evidenceRoom = max(1, min(test.evidence.count, (area.bottom - y) - (wide ? 3 : 1)))
        var evidenceState = state.tests.evidence
        evidenceState.clamp(count: test.evidence.count)
        let scrolled = evidenceState.scrolledToSelection(visibleRows: evidenceRoom, count: test.evidence.count)
        for i in scrolled.offset..<min(test.evidence.count, scrolled.offset + evidenceRoom) where y < area.bottom {
            let item = test.evidence[i]
            let selected = focusEvidence && i == state.tests.evidence.selected
            let style = selected ? theme[.selected] : Style.plain
            let date = item.date?.short ?? "undated"
            let stateText = (item.state == .accepted ? "✓ " : "") + item.state.label.uppercased()
            let text = "\(stateText.padding(toLength: 10, withPad: " ", startingAt: 0)) \(item.title.singleLine) · \(item.reference) · \(date)"
            let row = Rect(x: area.x, y: y, width: area.width, height: 1)
            if selected { buffer.fill(row, style: style) }
            buffer.write((selected ? "▶ " : "  ") + text, in: row, style: style)
            y += 1
        }
        if test.evidence.isEmpty && y < area.bottom {
            buffer.write("  none yet", in: Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[.muted])
            y += 1
        }
        let linked = state.derived.actions(linkedTo: test.id, in: state.review)
        if !linked.isEmpty && y < area.bottom {
            let open = linked.filter(\.isOpen).count
            buffer.write("Actions (\(open) open): " + linked.map(\.title).joined(separator: "; "),
                         in: Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[.warning])
            y += 1
        }
        if y < area.bottom {
            let notes = test.notes.isEmpty ? "No notes." : "Notes: " + test.notes
            TextView(notes, style: theme[.muted]).render(in: Rect(x: area.x, y: y, width: area.width, height: area.bottom - y),
                                                          buffer: &buffer)
        }
    }
}
