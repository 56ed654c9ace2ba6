import Foundation
import ReviewModel
import TerminalToolkit

/// Organisations or places with their figures for the chosen year (`BudgetsTable`: a totals
/// row, per-head figures, the columns that do not fit scrolled to with ←/→), the headline
/// totals, the running-cost target and gap, the warnings in full, and a bar chart.
enum BudgetsView {
    /// A note under the table: its lines wrapped to the body's width, in one style.
    typealias Note = (lines: [String], style: Style)

    /// The pane's areas: the title line, the table, the notes under it (headline, running
    /// costs, the warnings that fit whole, "N more warnings") and the chart (a blank line,
    /// its title, its rows). The table gets its rows first, then the notes, then the warnings
    /// as room allows; the chart takes what is left.
    static func areas(_ state: AppState, _ model: BudgetsModel, body: Rect)
        -> (title: Rect, table: Rect, notes: [Note], chart: Rect) {
        let fixed = fixedNotes(state, model, width: body.width)
        let warnings = model.warnings.map { TextView($0).wrappedLines(width: body.width) }
        let available = max(0, body.height - 1)
        let noRows = state.noRowsText(model.scope == .organisations ? .organisations : .places) == nil ? 0 : 1
        let tableWanted = max(state.shownEntities(model.scope).count, noRows) + 2
        var tableHeight = min(tableWanted, 5, available)
        var room = available - tableHeight - fixed.reduce(0) { $0 + $1.lines.count } - (warnings.isEmpty ? 0 : 1)
        let grow = max(0, min(room, tableWanted - tableHeight))
        tableHeight += grow
        room -= grow
        // Whole warnings while they fit (the last may take the place kept for "N more warnings").
        var shown = 0
        for warning in warnings {
            let isLast = shown == warnings.count - 1
            guard warning.count <= room + (isLast ? 1 : 0) else { break }
            room -= warning.count
            shown += 1
        }
        var notes = fixed + warnings.prefix(shown).map { (lines: $0, style: state.theme[.warning]) }
        let hidden = warnings.count - shown
        if hidden > 0 {
            notes.append((lines: ["\(hidden) more warning\(hidden == 1 ? "" : "s"): \(KeyTable.keyNames([.showWarnings], in: .budgets)) lists them"],
                          style: state.theme[.warning]))
        }
        let notesHeight = notes.reduce(0) { $0 + $1.lines.count }
        let parts = body.splitRows([.fixed(1), .fixed(tableHeight), .fixed(notesHeight), .fill])
        return (parts[0], parts[1], notes, parts[3])
    }

    /// Said when the review holds no budget figures at all, so that an empty table reads as the
    /// paper's silence rather than as figures failing to show.
    static let noFiguresText = "No budget figures in this review: merger-review import budgets FILE.csv REVIEW "
        + "reads them from a spreadsheet."

    /// The note saying the review has no figures, the headline totals and the running-cost position, wrapped.
    static func fixedNotes(_ state: AppState, _ model: BudgetsModel, width: Int) -> [Note] {
        let theme = state.theme
        var notes: [Note] = []
        if state.review.budgets.lines.isEmpty && state.review.budgets.statedTotals.isEmpty {
            notes.append((TextView(noFiguresText).wrappedLines(width: width), theme[.muted]))
        }
        if let headline = model.headline { notes.append((TextView(headline).wrappedLines(width: width), .bold)) }
        if let position = model.runningCostPosition {
            let style = !position.isBaselineRecorded ? theme[.muted] : position.gap.millions > 0 ? theme[.warning] : theme[.ragGreen]
            notes.append((TextView("Running costs: " + position.sentence).wrappedLines(width: width), style))
        }
        return notes
    }

    /// The table's selection and scroll as they are drawn in `area`.
    static func tableState(_ state: AppState, _ table: Table, in area: Rect) -> TableState {
        var tableState = TableState(rows: state.budgets.rows, columnOffset: state.budgets.columnOffset)
        table.scroll(&tableState, in: area)
        return tableState
    }

    /// The organisation or place drawn on screen row `y` (a mouse click).
    static func entity(atRow y: Int, _ state: AppState, body: Rect) -> ItemRef? {
        let model = BudgetsModel(state)
        let area = areas(state, model, body: body).table
        let table = BudgetsTable.table(state, model)
        let rows = table.parts(in: area).body
        guard y >= rows.y, y < rows.bottom else { return nil }
        let shown = state.shownEntities(model.scope)
        let position = tableState(state, table, in: area).rows.offset + (y - rows.y)
        guard position < shown.count else { return nil }
        return model.scope == .organisations ? .organisation(shown[position]) : .place(shown[position])
    }

    static func render(_ state: AppState, in body: Rect, into buffer: inout Buffer, offsets: inout ScrollOffsets) {
        let theme = state.theme
        let model = BudgetsModel(state)
        let (titleArea, tableArea, notes, chartArea) = areas(state, model, body: body)
        let table = BudgetsTable.table(state, model)
        // Drawing scrolls the state as `tableState(_:_:in:)` does.
        var tableState = TableState(rows: state.budgets.rows, columnOffset: state.budgets.columnOffset)
        let shown = table.render(in: tableArea, buffer: &buffer, state: &tableState)
        offsets.budgetRows = tableState.rows.offset
        offsets.budgetColumns = tableState.columnOffset
        if let noRows = state.noRowsText(model.scope == .organisations ? .organisations : .places) {
            buffer.write(noRows, in: table.parts(in: tableArea).body.row(0), style: theme[.muted])
        }
        // The title, and on its right (a place of its own) which figures are shown when not all are.
        let indicator = shown.count < table.scrollableColumnCount
            ? " columns \(shown.lowerBound + 1)-\(shown.upperBound) of \(table.scrollableColumnCount) (←/→)" : ""
        let title = titleArea.splitColumns([.fill, .fixed(indicator.terminalWidth)])
        let scopeName = model.scope == .organisations ? "Organisations" : "Places"
        let yearText = model.year.map { " \($0)" } ?? ""
        buffer.write("\(scopeName)\(yearText), £m  (v: \(model.scope == .organisations ? "places" : "organisations"), Y: year, c: chart)",
                     in: title[0], style: theme[.title])
        buffer.write(indicator, in: title[1], style: theme[.muted])
        var y = tableArea.bottom
        for note in notes {
            let area = Rect(x: body.x, y: y, width: body.width, height: note.lines.count).intersection(body)
            TextView(lines: note.lines, style: note.style).render(in: area, buffer: &buffer)
            y += note.lines.count
        }
        renderChart(state, model, chartArea, &buffer)
    }

    /// A blank line, the chart's title (saying how many rows it shows when not all), its rows.
    static func renderChart(_ state: AppState, _ model: BudgetsModel, _ area: Rect, _ buffer: inout Buffer) {
        guard area.height >= 3, let measure = BudgetsTable.chartMeasure(state, model) else { return }
        let parts = area.splitRows([.fixed(1), .fixed(1), .fill])
        let chart = BudgetsTable.chart(state, model, measure: measure, width: area.width)
        var chartState = TableState(rows: ListState(selected: state.budgets.rows.selected))
        chart.render(in: parts[2], buffer: &buffer, state: &chartState)
        let rows = parts[2].height
        let count = state.shownEntities(model.scope).count
        let shown = rows < count ? " · \(rows) of \(count) shown" : ""
        buffer.write("Chart: \(measure.label)" + (measure.isMoney ? " (£m)" : "") + shown, in: parts[1], style: state.theme[.header])
    }
}
