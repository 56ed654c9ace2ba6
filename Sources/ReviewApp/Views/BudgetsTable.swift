import Foundation
import ReviewModel
import TerminalToolkit

/// The budgets pane's two tables: the organisations or places with their figures (the name
/// frozen, the figures scrolled sideways, the totals pinned under them) and the bar chart of
/// one column. Content widths come from `BudgetIndex`, measured when the budgets change.
enum BudgetsTable {
    /// The name column gives way to the figures on a narrow screen, down to this width.
    static let minimumNameWidth = 16

    /// The organisations or places shown (all, or those a filter leaves), their figures and totals.
    static func table(_ state: AppState, _ model: BudgetsModel) -> Table {
        let theme = state.theme
        let widths = model.index.tableWidths(scope: model.scope, year: model.year)
        let width = { (column: Int) in widths.indices.contains(column) ? widths[column] : 0 }
        let nameWidth = width(0)
        // Figures are never cut: a column that does not fit is scrolled to with ←/→.
        let figures = model.columns.enumerated().map { index, column in
            let wanted = max(width(index + 1), column.title.terminalWidth)
            return TableColumn(column.title, minWidth: wanted, maxWidth: wanted, alignment: .right, contentWidth: wanted,
                               priority: 1, keepsWhenEmpty: true)
        }
        let columns = [TableColumn("Name", minWidth: min(nameWidth, minimumNameWidth), maxWidth: nameWidth,
                                   contentWidth: nameWidth, priority: 2, keepsWhenEmpty: true)] + figures
        let shown = state.shownEntities(model.scope)
        return Table(columns: columns, rowCount: shown.count, totals: TableRow(texts: [BudgetsModel.totalsLabel(shown: shown.count, of: model.entityCount)] + model.totals),
                     frozenColumns: 1, headerStyle: theme[.header], selectedStyle: theme[.selected], gutterStyle: theme[.muted],
                     marker: "▶ ") { position in
            let row = shown[position]
            return TableRow(([model.name(row)] + model.cells(row: row)).map { TableCell($0) },
                     mark: SinceHandling.budgetMark(state, model, row: row))
        }
    }

    /// The measure the chart shows: the one chosen with `c`, else the allocation or total budget.
    static func chartMeasure(_ state: AppState, _ model: BudgetsModel) -> Measure? {
        let measures = model.moneyMeasures + model.countMeasures
        return state.budgets.chartMeasure ?? measures.first(where: { $0 == .allocation || $0 == .totalBudget }) ?? measures.first
    }

    /// The chart of `measure` as a table without a header: name, bar, value, for the rows the
    /// figures table shows. It follows the selection of the figures table, in bold.
    static func chart(_ state: AppState, _ model: BudgetsModel, measure: Measure, width: Int) -> Table {
        let theme = state.theme
        // The scale comes from every row (worked out once per change); values only for the rows drawn.
        let largest = model.index.chartLargest(measure, scope: model.scope, year: model.year)
        let names = model.index.tableWidths(scope: model.scope, year: model.year).first ?? 0
        let labelWidth = max(1, min(names, max(12, width / 3)))
        let valueWidth = 12
        // The gutter's column is kept whether it is drawn or not, so bars keep their scale.
        let barWidth = max(1, width - labelWidth - valueWidth - 3)
        let columns = [TableColumn("", minWidth: labelWidth, maxWidth: labelWidth, contentWidth: labelWidth, priority: 3,
                                   keepsWhenEmpty: true),
                       TableColumn("", minWidth: barWidth, maxWidth: barWidth, contentWidth: barWidth, priority: 1,
                                   keepsWhenEmpty: true),
                       TableColumn.numeric("", minWidth: valueWidth, maxWidth: valueWidth, contentWidth: valueWidth, priority: 2)]
        let shown = state.shownEntities(model.scope)
        return Table(columns: columns, rowCount: shown.count, frozenColumns: 0, showsHeader: false,
                     selectedStyle: Style(attributes: .bold), gutterStyle: theme[.muted]) { position in
            let row = shown[position]
            guard let value = model.chartValue(measure, row: row) else { return TableRow(texts: [model.name(row), "", ""]) }
            let magnitude = value < 0 ? -value : value
            let length = largest == 0 ? 0 : Int(truncating: NSDecimalNumber(decimal: magnitude * Decimal(barWidth) / largest))
            let bar = String(repeating: value < 0 ? "▒" : "█", count: max(value == 0 ? 0 : 1, min(barWidth, length)))
            let text = measure.isCount ? DecimalText.format(value, places: 0) : DecimalText.format(value, places: 1)
            return TableRow([TableCell(model.name(row)), TableCell(bar, style: value < 0 ? theme[.ragRed] : theme[.title]),
                             TableCell(text)])
        }
    }
}
