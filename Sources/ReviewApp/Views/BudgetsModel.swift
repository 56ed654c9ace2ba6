import Foundation
import ReviewModel
import TerminalToolkit

/// The figures the budgets pane shows for a scope and year: one row per organisation or place.
/// Sums come from `Derived`'s budget index, computed once per change, never per frame.
struct BudgetsModel {
    struct Column {
        var title: String
        var measure: Measure?
        var isCount: Bool
    }

    let review: Review
    let index: BudgetIndex
    let scope: TotalScope
    let year: FinancialYear?
    /// Count columns present for the scope (computed once per frame, used by every cell).
    let countMeasures: [Measure]
    /// Money columns present for the scope and year.
    let moneyMeasures: [Measure]

    /// For counts, per-head and percentage arithmetic (none of which scans the budget lines).
    var figures: BudgetFigures { index.figures }

    var runningCostPosition: RunningCostPosition? { index.runningCostPosition }

    init(_ state: AppState) {
        let index = state.derived.budgetIndex(state.review)
        let years = index.years
        let year: FinancialYear?
        if let position = state.budgets.yearIndex, years.indices.contains(position) { year = years[position] } else { year = years.last }
        self.init(review: state.review, index: index, scope: state.budgets.scope, year: year)
    }

    init(review: Review, index: BudgetIndex, scope: TotalScope, year: FinancialYear?) {
        self.review = review
        self.index = index
        self.scope = scope
        self.year = year
        countMeasures = index.countMeasures(scope)
        moneyMeasures = year.map { year in index.measures(in: year).filter { index.hasLines($0, year: year, scope: scope) } } ?? []
    }

    /// The id of the organisation or place on a row (for lookups; never shown).
    func id(_ row: Int) -> String {
        scope == .organisations ? review.programme.organisations[row].id : review.programme.places[row].id
    }

    /// Organisations or places shown (one row each).
    var entityCount: Int {
        scope == .organisations ? review.programme.organisations.count : review.programme.places.count
    }

    func name(_ row: Int) -> String {
        scope == .organisations ? review.programme.organisations[row].name : review.programme.places[row].name
    }

    func count(_ measure: Measure, row: Int) -> Int? {
        review.programme.count(measure, scope: scope, row: row)
    }

    var hasSurplusPercent: Bool { moneyMeasures.contains(.cumulativeSurplus) && moneyMeasures.contains(.programme) }

    /// What per head divides, as the board paper's tables have it (`Measure.perHeadBasis`).
    var perHeadMeasure: Measure? {
        countMeasures.contains(.registeredPopulation) ? Measure.perHeadBasis(present: moneyMeasures.contains) : nil
    }

    var columns: [Column] {
        var result = countMeasures.map { Column(title: $0.shortLabel, measure: $0, isCount: true) }
        result += moneyMeasures.map { Column(title: $0.shortLabel, measure: $0, isCount: false) }
        if hasSurplusPercent { result.append(Column(title: "Cumul %", measure: nil, isCount: false)) }
        if perHeadMeasure != nil { result.append(Column(title: "£/head", measure: nil, isCount: false)) }
        return result
    }

    func money(_ measure: Measure, row: Int) -> Money? {
        guard let year else { return nil }
        return index.amount(measure, year: year, entityId: id(row))
    }

    /// The figures of a row as the table shows them, formatted when the budgets change (`BudgetIndex`).
    func cells(row: Int) -> [String] { index.tableCells(scope: scope, year: year, row: row) }

    /// The figures of a row formatted: counts, money in millions, the cumulative surplus as a
    /// percentage of the programme budget, and per head.
    func formattedCells(row: Int) -> [String] {
        var cells = countMeasures.map { count($0, row: row).map(CountText.format) ?? "" }
        cells += moneyMeasures.map { money($0, row: row).map { DecimalText.format($0.millions, places: 1) } ?? "" }
        if hasSurplusPercent {
            let percent = money(.cumulativeSurplus, row: row).flatMap { surplus in
                money(.programme, row: row).flatMap { figures.surplusPercent(surplus, programme: $0) }
            }
            cells.append(percent.map { DecimalText.format($0, places: 1) + "%" } ?? "")
        }
        if let measure = perHeadMeasure {
            let perHead = money(measure, row: row).flatMap { amount in count(.registeredPopulation, row: row).flatMap { amount.perHead(population: $0) } }
            cells.append(perHead.map(ReviewSummary.perHeadText) ?? "")
        }
        return cells
    }

    var totals: [String] {
        var cells = countMeasures.map { index.countTotal($0, scope: scope).map(CountText.format) ?? "" }
        guard let year else { return cells }
        cells += moneyMeasures.map { DecimalText.format(index.total($0, year: year, scope: scope).millions, places: 1) }
        if hasSurplusPercent {
            let percent = figures.surplusPercent(index.total(.cumulativeSurplus, year: year, scope: scope),
                                                 programme: index.total(.programme, year: year, scope: scope))
            cells.append(percent.map { DecimalText.format($0, places: 1) + "%" } ?? "")
        }
        if let measure = perHeadMeasure {
            let population = index.countTotal(.registeredPopulation, scope: scope) ?? 0
            cells.append(index.total(measure, year: year, scope: scope).perHead(population: population).map(ReviewSummary.perHeadText) ?? "")
        }
        return cells
    }

    /// The label of the totals row, under the names: "Total", or "Total of all 8" when a
    /// filter shows only some of the rows (the totals are always of every row).
    static func totalsLabel(shown: Int, of count: Int) -> String {
        shown < count ? "Total of all \(CountText.format(count))" : "Total"
    }

    /// The widest name, then the widest text of each column (the totals row included), given
    /// every row's `formattedCells`: the table's content widths, measured once per change of the
    /// budgets (`BudgetIndex`), never per frame.
    func measuredWidths(_ rows: [[String]]) -> [Int] {
        var widths = [max(BudgetsModel.totalsLabel(shown: 0, of: entityCount).terminalWidth, TableColumn.widest((0..<entityCount).lazy.map(name)))]
            + totals.map(\.terminalWidth)
        for cells in rows {
            for (column, text) in cells.enumerated() where column + 1 < widths.count {
                widths[column + 1] = max(widths[column + 1], text.terminalWidth)
            }
        }
        return widths
    }

    /// Numeric value of a chartable column for a row.
    func chartValue(_ measure: Measure, row: Int) -> Decimal? {
        measure.isCount ? count(measure, row: row).map { Decimal($0) } : money(measure, row: row)?.millions
    }

    static func chartableMeasures(_ state: AppState, _ figures: BudgetFigures) -> [Measure] {
        let model = BudgetsModel(state)
        return model.moneyMeasures + model.countMeasures
    }

    /// The totals as the papers print them: "Allocation £2,909.3m · Running costs £36.3m · £1,636.64 per head".
    var headline: String? {
        guard let year else { return nil }
        var parts: [String] = []
        for measure in [Measure.allocation, .totalBudget, .runningCosts] where moneyMeasures.contains(measure) {
            parts.append("\(measure.label) \(index.total(measure, year: year, scope: scope).formatted)")
        }
        if moneyMeasures.contains(.cumulativeSurplus) {
            let surplus = index.total(.cumulativeSurplus, year: year, scope: scope)
            let percent = moneyMeasures.contains(.programme)
                ? figures.surplusPercent(surplus, programme: index.total(.programme, year: year, scope: scope)) : nil
            parts.append("cumulative \(ReviewSummary.surplusText(surplus, percent: percent))")
        }
        if let measure = perHeadMeasure, let population = index.countTotal(.registeredPopulation, scope: scope),
           let perHead = index.total(measure, year: year, scope: scope).perHead(population: population) {
            parts.append("\(ReviewSummary.perHeadText(perHead)) per head")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// Stated totals for this scope that differ from their parts, as sentences.
    var warnings: [String] {
        index.mismatchedTotals.filter { $0.stated.scope == scope }.map { pair in
            let computed = pair.stated.measure.isCount ? DecimalText.format(pair.computed, places: 0)
                : Money(millions: pair.computed).formatted
            return "⚠ \(pair.stated.label): paper states \(pair.stated.formattedValue), parts sum to \(computed)"
        }
    }
}
