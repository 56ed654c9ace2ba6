import Foundation
import ReviewModel

/// The budget lines summed once per change, so the budgets pane reads each figure instead of
/// filtering every line for every cell of every frame. Each sum adds the same lines in the same
/// order as `BudgetFigures`, so the figures are identical to the last digit.
struct BudgetIndex: Sendable {
    struct Key: Hashable, Sendable {
        var year: FinancialYear
        var measure: Measure
        var scope: TotalScope
    }

    struct EntityKey: Hashable, Sendable {
        var year: FinancialYear
        var measure: Measure
        var entityId: String
    }

    /// Financial years that have lines, oldest first (`BudgetFigures.years`).
    let years: [FinancialYear]
    /// Money measures present in each year, in the conventional order (`BudgetFigures.measures(in:)`).
    private let measuresByYear: [FinancialYear: [Measure]]
    /// (year, measure, scope) that have lines (`lines(scope:year:)` holds that measure).
    private let present: Set<Key>
    /// (year, measure) with any line at all, whatever its scope (kept under `.organisations`).
    private let anyScope: Set<Key>
    /// `BudgetFigures.total(_:year:scope:)` for every (year, measure, scope) with lines.
    private let totals: [Key: Money]
    /// `BudgetFigures.amount(_:year:entityId:)` for every entity with lines.
    private let amounts: [EntityKey: Money]
    let runningCostPosition: RunningCostPosition?
    let mismatchedTotals: [(stated: StatedTotal, computed: Decimal)]
    /// For percentage and per-head arithmetic.
    let figures: BudgetFigures
    /// Count columns each scope shows (a count some organisation or place has).
    private let countMeasuresByScope: [TotalScope: [Measure]]
    /// `BudgetFigures.countTotal(_:scope:)` for each scope's count measures.
    private let countTotals: [TotalScope: [Measure: Int]]
    /// The largest magnitude each chart would draw, by scope, year (nil: no year) and measure.
    private let chartLargest: [ChartKey: Decimal]

    struct ChartKey: Hashable, Sendable {
        var scope: TotalScope
        var year: FinancialYear?
        var measure: Measure
    }

    /// A scope in a year (nil: no budget lines yet).
    struct TableKey: Hashable, Sendable {
        var scope: TotalScope
        var year: FinancialYear?
    }

    /// `BudgetsModel.measuredWidths(_:)` of each scope in each year: the budgets table's content widths.
    private var tableWidths: [TableKey: [Int]] = [:]
    /// `BudgetsModel.formattedCells(row:)` of every row of each scope in each year: the table
    /// draws these, never formatting a figure per frame.
    private var tableCells: [TableKey: [[String]]] = [:]

    init(_ review: Review) {
        let figures = BudgetFigures(review)
        var present = Set<Key>()
        var anyScope = Set<Key>()
        var totals: [Key: Money] = [:]
        var amounts: [EntityKey: Money] = [:]
        for line in review.budgets.lines {
            anyScope.insert(Key(year: line.year, measure: line.measure, scope: .organisations))
            if let org = line.organisationId {
                let key = Key(year: line.year, measure: line.measure, scope: .organisations)
                present.insert(key)
                totals[key] = (totals[key] ?? Money.zero) + line.amount
                let entity = EntityKey(year: line.year, measure: line.measure, entityId: org)
                amounts[entity] = (amounts[entity] ?? Money.zero) + line.amount
            }
            if let place = line.placeId {
                let key = Key(year: line.year, measure: line.measure, scope: .places)
                present.insert(key)
                totals[key] = (totals[key] ?? Money.zero) + line.amount
                // A line naming the same id as organisation and place counts once for that id.
                if place != line.organisationId {
                    let entity = EntityKey(year: line.year, measure: line.measure, entityId: place)
                    amounts[entity] = (amounts[entity] ?? Money.zero) + line.amount
                }
            }
        }
        let years = Array(Set(review.budgets.lines.map(\.year))).sorted()
        var measuresByYear: [FinancialYear: [Measure]] = [:]
        for year in years {
            measuresByYear[year] = Measure.moneyMeasures.filter {
                anyScope.contains(Key(year: year, measure: $0, scope: .organisations))
            }
        }
        self.years = years
        self.measuresByYear = measuresByYear
        self.present = present
        self.anyScope = anyScope
        self.totals = totals
        self.amounts = amounts
        self.figures = figures
        runningCostPosition = figures.runningCostPosition
        mismatchedTotals = figures.mismatchedTotals
        var countMeasuresByScope: [TotalScope: [Measure]] = [:]
        var countTotals: [TotalScope: [Measure: Int]] = [:]
        let programme = review.programme
        for scope in TotalScope.allCases {
            let candidates: [Measure] = scope == .organisations ? [.registeredPopulation, .practices] : [.registeredPopulation, .pcns, .practices]
            let rows = scope == .organisations ? programme.organisations.indices : programme.places.indices
            countMeasuresByScope[scope] = candidates.filter { measure in
                rows.contains { programme.count(measure, scope: scope, row: $0) != nil }
            }
            for measure in candidates {
                if let total = figures.countTotal(measure, scope: scope) { countTotals[scope, default: [:]][measure] = total }
            }
        }
        self.countMeasuresByScope = countMeasuresByScope
        self.countTotals = countTotals
        // Chart scales: the largest |value| over every organisation or place, as the chart computes it.
        var chartLargest: [ChartKey: Decimal] = [:]
        for scope in TotalScope.allCases {
            let ids = scope == .organisations ? programme.organisations.map(\.id) : programme.places.map(\.id)
            for measure in Measure.allCases {
                for year in [nil] + years.map(Optional.some) {
                    var largest: Decimal?
                    for (row, id) in ids.enumerated() {
                        let value: Decimal?
                        if measure.isCount {
                            value = programme.count(measure, scope: scope, row: row).map { Decimal($0) }
                        } else {
                            value = year.flatMap { amounts[EntityKey(year: $0, measure: measure, entityId: id)]?.millions }
                        }
                        guard let value else { continue }
                        let magnitude = value < 0 ? -value : value
                        if largest.map({ magnitude > $0 }) ?? true { largest = magnitude }
                    }
                    if let largest { chartLargest[ChartKey(scope: scope, year: year, measure: measure)] = largest }
                }
            }
        }
        self.chartLargest = chartLargest
        var tableWidths: [TableKey: [Int]] = [:]
        var tableCells: [TableKey: [[String]]] = [:]
        for scope in TotalScope.allCases {
            for year in years.isEmpty ? [nil] : years.map(Optional.some) {
                let model = BudgetsModel(review: review, index: self, scope: scope, year: year)
                let cells = (0..<model.entityCount).map(model.formattedCells)
                tableWidths[TableKey(scope: scope, year: year)] = model.measuredWidths(cells)
                tableCells[TableKey(scope: scope, year: year)] = cells
            }
        }
        self.tableWidths = tableWidths
        self.tableCells = tableCells
    }

    /// The figures of a row of the budgets table (`BudgetsModel.formattedCells(row:)`).
    func tableCells(scope: TotalScope, year: FinancialYear?, row: Int) -> [String] {
        guard let cells = tableCells[TableKey(scope: scope, year: year)], cells.indices.contains(row) else { return [] }
        return cells[row]
    }

    /// The widest name and the widest text of each column of the budgets table for a scope and year.
    func tableWidths(scope: TotalScope, year: FinancialYear?) -> [Int] {
        tableWidths[TableKey(scope: scope, year: year)] ?? []
    }

    func countMeasures(_ scope: TotalScope) -> [Measure] { countMeasuresByScope[scope] ?? [] }

    func countTotal(_ measure: Measure, scope: TotalScope) -> Int? { countTotals[scope]?[measure] }

    /// The largest magnitude among the chart's values (0 when none has a value).
    func chartLargest(_ measure: Measure, scope: TotalScope, year: FinancialYear?) -> Decimal {
        chartLargest[ChartKey(scope: scope, year: measure.isCount ? nil : year, measure: measure)] ?? 0
    }

    func measures(in year: FinancialYear) -> [Measure] { measuresByYear[year] ?? [] }

    /// Whether the scope's lines for the year include the measure.
    func hasLines(_ measure: Measure, year: FinancialYear, scope: TotalScope) -> Bool {
        present.contains(Key(year: year, measure: measure, scope: scope))
    }

    /// `BudgetFigures.hasLines(_:year:)`: any line of the measure in the year, whatever its scope.
    func hasLines(_ measure: Measure, year: FinancialYear) -> Bool {
        anyScope.contains(Key(year: year, measure: measure, scope: .organisations))
    }

    func total(_ measure: Measure, year: FinancialYear, scope: TotalScope) -> Money {
        totals[Key(year: year, measure: measure, scope: scope)] ?? Money.zero
    }

    func amount(_ measure: Measure, year: FinancialYear, entityId: String) -> Money? {
        amounts[EntityKey(year: year, measure: measure, entityId: entityId)]
    }
}
