import ReviewModel
import TerminalToolkit

/// The merger tests checklist (a `Table`: status, RAG as a word and a colour, owner, target
/// date, evidence count) with the readiness gauge under it; the selected test's description,
/// evidence and notes beside or below.
enum TestsView {
    /// The list and the selected test's detail. While presenting, the list has the whole pane:
    /// the presenting box shows the selected test in full.
    static func split(_ body: Rect, testCount: Int, presenting: Bool) -> (list: Rect, detail: Rect) {
        if presenting { return (body, Rect(x: body.x, y: body.bottom, width: body.width, height: 0)) }
        if Geometry.isWide(Size(width: body.width, height: body.height)) {
            // Three fifths for the list, a blank column, the detail beside.
            let parts = body.splitColumns([.percentage(60), .fixed(1), .fill])
            return (parts[0], parts[2])
        }
        let parts = body.splitRows([.fixed(max(3, min(body.height - 6, testCount + 2))), .fill])
        return (parts[0], parts[1])
    }

    /// Where the table goes in the list area: all of it but the gauge's line.
    static func tableArea(_ list: Rect) -> Rect {
        Rect(x: list.x, y: list.y, width: list.width, height: max(1, list.height - 1))
    }

    /// The list and the detail as `render` places them: the list as tall as the shown tests (a
    /// filter that leaves none leaves one line saying so).
    static func areas(_ state: AppState, body: Rect) -> (list: Rect, detail: Rect) {
        split(body, testCount: state.noRowsText(.tests) == nil ? state.shownTests.count : 1, presenting: state.presenting != nil)
    }

    /// The merger test or the evidence drawn at a cell (a mouse click): a row of the table, as
    /// last drawn (the table's scroll offset is kept in the state after each frame), or a row of
    /// the selected test's evidence.
    static func item(atX x: Int, y: Int, _ state: AppState, body: Rect) -> ItemRef? {
        let (list, detail) = areas(state, body: body)
        let shown = state.shownTests
        let rows = TestsTable.table(state).parts(in: tableArea(list)).body
        if rows.contains(Point(x: x, y: y)) {
            let position = state.tests.rows.offset + (y - rows.y)
            return position < shown.count ? .test(shown[position]) : nil
        }
        guard let index = state.selectedTestIndex, !detail.isEmpty else { return nil }
        let test = state.review.mergerTests[index]
        guard let evidence = detailLayout(state, detail, test).evidence, evidence.contains(Point(x: x, y: y)) else { return nil }
        let item = evidenceRows(state, test, evidence).offset + (y - evidence.y)
        return item < test.evidence.count ? .evidence(test: index, item: item) : nil
    }

    /// Where the detail puts the selected test's parts, line by line.
    struct DetailLayout {
        var descriptionLines: [String]
        var descriptionHeight: Int
        /// The "Evidence (n)" line.
        var evidenceHeading: Int
        /// The evidence table; nil when the test has none or no room is left.
        var evidence: Rect?
        /// The first line under the evidence.
        var rest: Int
    }

    static func detailLayout(_ state: AppState, _ area: Rect, _ test: MergerTest) -> DetailLayout {
        let wide = area.width < state.size.width
        let descriptionLines = TextView(test.description).wrappedLines(width: area.width)
        let descriptionHeight = min(descriptionLines.count, wide ? 6 : 2)
        let heading = area.y + 1 + descriptionHeight
        var y = heading + 1
        var evidence: Rect?
        if test.evidence.isEmpty {
            if y < area.bottom { y += 1 }
        } else if y < area.bottom {
            let room = max(1, min(test.evidence.count, (area.bottom - y) - (wide ? 3 : 1)))
            let rect = Rect(x: area.x, y: y, width: area.width, height: min(room, area.bottom - y))
            evidence = rect
            y += rect.height
        }
        return DetailLayout(descriptionLines: descriptionLines, descriptionHeight: descriptionHeight, evidenceHeading: heading,
                            evidence: evidence, rest: y)
    }

    /// The evidence rows as drawn in `area`: the remembered selection scrolled into view.
    static func evidenceRows(_ state: AppState, _ test: MergerTest, _ area: Rect) -> ListState {
        var rows = state.tests.evidence
        rows.scrollToSelection(visibleRows: area.height, count: test.evidence.count)
        return rows
    }

    static func render(_ state: AppState, in body: Rect, into buffer: inout Buffer, offsets: inout ScrollOffsets) {
        let theme = state.theme
        // A filter that leaves no test leaves a line saying so.
        let noRows = state.noRowsText(.tests)
        let shownCount = noRows == nil ? state.shownTests.count : 1
        let (list, detail) = areas(state, body: body)
        // The table, then the readiness gauge on the line under its last row.
        let table = TestsTable.table(state)
        let tableArea = tableArea(list)
        var tableState = TableState(rows: state.tests.rows)
        table.render(in: tableArea, buffer: &buffer, state: &tableState)
        offsets.tests = tableState.rows.offset
        if let noRows {
            buffer.write(noRows, in: Rect(x: list.x, y: table.parts(in: tableArea).body.y, width: list.width, height: 1), style: theme[.muted])
        }
        let (assured, total) = state.derived.readiness
        let gauge = "Readiness \(Gauge.text(value: assured, total: total, width: 20)) \(assured)/\(total) assured"
        let gaugeY = min(list.bottom - 1, tableArea.y + 1 + min(table.bodyHeight(for: tableArea.height), shownCount))
        buffer.write(gauge, in: Rect(x: list.x, y: gaugeY, width: list.width, height: 1), style: theme[.title])
        renderDetail(state, detail, &buffer, offsets: &offsets)
    }

    static func renderDetail(_ state: AppState, _ area: Rect, _ buffer: inout Buffer, offsets: inout ScrollOffsets) {
        guard !area.isEmpty, let index = state.selectedTestIndex else { return }
        let theme = state.theme
        let test = state.review.mergerTests[index]
        var y = area.y
        buffer.write("\(index + 1). \(test.title.singleLine)", in: Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[.title])
        y += 1
        let layout = detailLayout(state, area, test)
        let descriptionLines = layout.descriptionLines
        let descriptionHeight = layout.descriptionHeight
        for (line, text) in descriptionLines.prefix(descriptionHeight).enumerated() {
            // The last line shown says there is more, and where to read it, in a place of its own.
            let row = Rect(x: area.x, y: y, width: area.width, height: 1)
            if line == descriptionHeight - 1 && descriptionLines.count > descriptionHeight {
                let hint = " Enter reads all"
                let textWidth = max(0, area.width - hint.terminalWidth)
                buffer.write(text + " …", in: Rect(x: area.x, y: y, width: textWidth, height: 1))
                buffer.write(hint, in: Rect(x: area.x + textWidth, y: y, width: area.width - textWidth, height: 1), style: theme[.muted])
            } else {
                buffer.write(text, in: row)
            }
            y += 1
        }
        let focusEvidence = state.tests.focus == .evidence
        buffer.write("Evidence (\(test.evidence.count))" + (focusEvidence ? "  ← tests" : "  → to select"),
                     in: Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[.header])
        y += 1
        if test.evidence.isEmpty {
            if y < area.bottom {
                buffer.write("  none yet", in: Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[.muted])
            }
        } else if let evidenceArea = layout.evidence {
            var evidenceState = TableState(rows: evidenceRows(state, test, evidenceArea))
            // The remembered evidence stays in view but is highlighted only while it has the focus.
            if !focusEvidence { evidenceState.rows.selected = nil }
            evidenceTable(test, state).render(in: evidenceArea, buffer: &buffer, state: &evidenceState)
            offsets.evidence = evidenceState.rows.offset
        }
        y = layout.rest
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

    /// The evidence of a test: state as a word, title, reference, date.
    static func evidenceTable(_ test: MergerTest, _ state: AppState) -> Table {
        let evidence = test.evidence
        let columns = [TableColumn("State", minWidth: 8, maxWidth: 10, contentWidth: 10, priority: 3),
                       TableColumn("Evidence", minWidth: 10, maxWidth: 400, contentWidth: 400, priority: 4, fills: true),
                       TableColumn("Reference", minWidth: 6, maxWidth: 30, priority: 1),
                       TableColumn("Date", minWidth: 8, maxWidth: 12, contentWidth: 11, priority: 2)]
        return Table(columns: columns, rowCount: evidence.count, frozenColumns: 0, showsHeader: false,
                     selectedStyle: state.theme[.selected], gutterStyle: state.theme[.muted], marker: "▶ ") { index in
            let item = evidence[index]
            return TableRow(texts: [(item.state == .accepted ? "✓ " : "") + item.state.label.uppercased(), item.title.singleLine,
                                    item.reference, item.date?.short ?? "undated"])
        }
    }
}
