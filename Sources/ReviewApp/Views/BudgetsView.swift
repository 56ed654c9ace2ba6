import Foundation
import ReviewModel
import TerminalToolkit

/// Organisations or places with their figures for the chosen year, a totals row,
/// per-head figures, the running-cost target and gap, a bar chart, and warnings beside.
enum BudgetsView {
    static let columnWidth = 11

    /// The name column gives way to figures on narrow screens, down to 16 columns.
    static func nameWidth(_ width: Int, columns: Int) -> Int {
        max(16, min(26, width - columns * (columnWidth + 1)))
    }

    /// The table's first row on screen and how many rows it has room for (the chart, the
    /// totals and the warnings go below).
    static func tableRows(_ model: BudgetsModel, body: Rect) -> (top: Int, count: Int) {
        let chartHeight = body.height >= 30 ? min(model.entityCount + 1, 10) : min(model.entityCount + 1, 5)
        let footer = 3 + model.warnings.count
        return (body.y + 2, max(1, body.height - 3 - footer - chartHeight))
    }

    /// The organisation or place drawn on screen row `y` (a mouse click).
    static func entity(atRow y: Int, _ state: AppState, body: Rect) -> ItemRef? {
        let model = BudgetsModel(state)
        let rows = tableRows(model, body: body)
        let line = y - rows.top
        guard line >= 0, line < rows.count else { return nil }
        let shown = state.shownEntities(model.scope)
        let position = state.budgets.rows.scrolledToSelection(visibleRows: rows.count, count: shown.count).offset + line
        guard position < shown.count else { return nil }
        return model.scope == .organisations ? .organisation(shown[position]) : .place(shown[position])
    }

    static func render(_ state: AppState, in body: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        let model = BudgetsModel(state)
        let scopeName = model.scope == .organisations ? "Organisations" : "Places"
        let yearText = model.year.map { " \($0)" } ?? ""
        buffer.write("\(scopeName)\(yearText), £m  (v: \(model.scope == .organisations ? "places" : "organisations"), Y: year, c: chart)",
                     in: body.row(0), style: theme[.title])
        let columns = model.columns
        let nameWidth = nameWidth(body.width, columns: columns.count)
        let fit = max(1, (body.width - nameWidth) / (columnWidth + 1))
        let offset = min(state.budgets.columnOffset, max(0, columns.count - fit))
        let shown = offset..<min(columns.count, offset + fit)
        let widths = [nameWidth] + Array(repeating: columnWidth, count: shown.count)
        let alignments: [TextAlignment] = [.left] + Array(repeating: .right, count: shown.count)
        let header = [("Name", theme[.header])] + shown.map { (columns[$0].title, theme[.header]) }
        ColumnLayout.writeRow(header, widths: widths, alignments: alignments, x: body.x, y: body.y + 1, clip: body, buffer: &buffer)
        let warnings = model.warnings
        let (top, tableRows) = tableRows(model, body: body)
        let shownRows = state.shownEntities(model.scope)
        let rowState = state.budgets.rows.scrolledToSelection(visibleRows: tableRows, count: shownRows.count)
        var y = top
        if let noRows = state.noRowsText(model.scope == .organisations ? .organisations : .places) {
            buffer.write(noRows, in: Rect(x: body.x, y: y, width: body.width, height: 1), style: theme[.muted])
            y += 1
        }
        for position in rowState.offset..<min(shownRows.count, rowState.offset + tableRows) {
            let row = shownRows[position]
            let selected = position == state.budgets.rows.selected
            let style = selected ? theme[.selected] : Style.plain
            let rowRect = Rect(x: body.x, y: y, width: body.width, height: 1)
            if selected { buffer.fill(rowRect, style: style) }
            let cells = model.cells(row: row)
            let values = [(SinceHandling.budgetMark(state, model, row: row) + model.name(row), style)] + shown.map { (cells[$0], style) }
            ColumnLayout.writeRow(values, widths: widths, alignments: alignments, x: body.x, y: y, clip: rowRect, buffer: &buffer)
            y += 1
        }
        let totals = model.totals
        ColumnLayout.writeRow([("Total", Style.bold)] + shown.map { (totals[$0], Style.bold) }, widths: widths, alignments: alignments,
                              x: body.x, y: y, clip: body, buffer: &buffer)
        y += 1
        if shown.count < columns.count {
            let indicator = " columns \(shown.lowerBound + 1)-\(shown.upperBound) of \(columns.count) (←/→)"
            buffer.write(indicator, in: Rect(x: body.right - indicator.terminalWidth, y: body.y, width: indicator.terminalWidth, height: 1),
                         style: theme[.muted])
        }
        if let headline = model.headline {
            buffer.write(headline, in: Rect(x: body.x, y: y, width: body.width, height: 1), style: .bold)
            y += 1
        }
        if let position = model.runningCostPosition {
            buffer.write("Running costs: " + position.sentence, in: Rect(x: body.x, y: y, width: body.width, height: 1),
                         style: !position.isBaselineRecorded ? theme[.muted] : position.gap.millions > 0 ? theme[.warning] : theme[.ragGreen])
            y += 1
        }
        for warning in warnings where y < body.bottom {
            buffer.write(warning, in: Rect(x: body.x, y: y, width: body.width, height: 1), style: theme[.warning])
            y += 1
        }
        renderChart(state, model, Rect(x: body.x, y: y + 1, width: body.width, height: max(0, body.bottom - y - 1)), &buffer)
    }

    static func renderChart(_ state: AppState, _ model: BudgetsModel, _ area: Rect, _ buffer: inout Buffer) {
        guard area.height >= 2 else { return }
        let measures = model.moneyMeasures + model.countMeasures
        guard let measure = state.budgets.chartMeasure ?? measures.first(where: { $0 == .allocation || $0 == .totalBudget }) ?? measures.first
        else { return }
        let theme = state.theme
        buffer.write("Chart: \(measure.label)" + (measure.isMoney ? " (£m)" : ""), in: area.row(0), style: theme[.header])
        // The scale comes from every row (worked out once per change); values only for the rows drawn.
        let largest = model.index.chartLargest(measure, scope: model.scope, year: model.year)
        let labelWidth = min(20, area.width / 4)
        let valueWidth = 12
        let barWidth = max(1, area.width - labelWidth - valueWidth - 2)
        for (i, row) in state.shownEntities(model.scope).prefix(area.height - 1).enumerated() {
            let y = area.y + 1 + i
            buffer.write(model.name(row), in: Rect(x: area.x, y: y, width: labelWidth, height: 1))
            guard let value = model.chartValue(measure, row: row) else { continue }
            let magnitude = value < 0 ? -value : value
            let length = largest == 0 ? 0 : Int(truncating: NSDecimalNumber(decimal: magnitude * Decimal(barWidth) / largest))
            let bar = String(repeating: value < 0 ? "▒" : "█", count: max(value == 0 ? 0 : 1, min(barWidth, length)))
            buffer.write(bar, x: area.x + labelWidth + 1, y: y, style: value < 0 ? theme[.ragRed] : theme[.title])
            let text = measure.isCount ? DecimalText.format(value, places: 0) : DecimalText.format(value, places: 1)
            buffer.write(text, in: Rect(x: area.right - valueWidth, y: y, width: valueWidth, height: 1), alignment: .right)
        }
    }
}
