import Foundation

/// Totals and derived figures over the budget lines.
public struct BudgetFigures: Sendable {
    public let review: Review

    public init(_ review: Review) { self.review = review }

    private var budgets: Budgets { review.budgets }

    /// Financial years that have lines, oldest first.
    public var years: [FinancialYear] { Array(Set(budgets.lines.map(\.year))).sorted() }

    /// The year shown by default: the latest with lines.
    public var defaultYear: FinancialYear? { years.last }

    /// Money measures present in a year, in the conventional column order.
    public func measures(in year: FinancialYear) -> [Measure] {
        let present = Set(budgets.lines.filter { $0.year == year }.map(\.measure))
        return Measure.moneyMeasures.filter { present.contains($0) }
    }

    public func lines(scope: TotalScope, year: FinancialYear) -> [BudgetLine] {
        budgets.lines.filter { line in
            line.year == year && (scope == .organisations ? line.organisationId != nil : line.placeId != nil)
        }
    }

    /// Sum of a money measure over organisations' (or places') lines in a year.
    public func total(_ measure: Measure, year: FinancialYear, scope: TotalScope = .organisations) -> Money {
        lines(scope: scope, year: year).filter { $0.measure == measure }.map(\.amount).sum()
    }

    public func hasLines(_ measure: Measure, year: FinancialYear) -> Bool {
        budgets.lines.contains { $0.year == year && $0.measure == measure }
    }

    /// One entity's figure: organisation or place id.
    public func amount(_ measure: Measure, year: FinancialYear, entityId: String) -> Money? {
        let matching = budgets.lines.filter {
            $0.year == year && $0.measure == measure && ($0.organisationId == entityId || $0.placeId == entityId)
        }
        return matching.isEmpty ? nil : matching.map(\.amount).sum()
    }

    /// Sum of a count over organisations or places; nil when none has it.
    public func countTotal(_ measure: Measure, scope: TotalScope) -> Int? {
        let values: [Int?]
        switch (scope, measure) {
        case (.organisations, .registeredPopulation): values = review.programme.organisations.map(\.registeredPopulation)
        case (.organisations, .practices): values = review.programme.organisations.map(\.practices)
        case (.places, .registeredPopulation): values = review.programme.places.map(\.registeredPopulation)
        case (.places, .practices): values = review.programme.places.map(\.practices)
        case (.places, .pcns): values = review.programme.places.map(\.pcns)
        default: values = []
        }
        let known = values.compactMap { $0 }
        return known.isEmpty ? nil : known.reduce(0, +)
    }

    /// The population the programme serves: organisations' lists, else places'.
    public var population: Int? {
        countTotal(.registeredPopulation, scope: .organisations) ?? countTotal(.registeredPopulation, scope: .places)
    }

    public var practices: Int? {
        countTotal(.practices, scope: .organisations) ?? countTotal(.practices, scope: .places)
    }

    /// £ per head of the allocation (or, without allocation lines, of the total budget).
    public func allocationPerHead(year: FinancialYear) -> Decimal? {
        guard let population, let measure = Measure.perHeadBasis(present: { hasLines($0, year: year) }) else { return nil }
        return total(measure, year: year).perHead(population: population)
    }

    /// Surplus (deficit negative) as a percentage of programme spend, as the papers compute it.
    public func surplusPercent(_ surplus: Money, programme: Money) -> Decimal? {
        guard programme.millions != 0 else { return nil }
        return surplus.millions * 100 / programme.millions
    }

    /// The computed value a stated total should equal.
    public func computed(for stated: StatedTotal) -> Decimal? {
        if stated.measure.isCount {
            return countTotal(stated.measure, scope: stated.scope).map { Decimal($0) }
        }
        guard let year = stated.year ?? defaultYear else { return nil }
        let parts = lines(scope: stated.scope, year: year).filter { $0.measure == stated.measure }
        return parts.isEmpty ? nil : parts.map(\.amount).sum().millions
    }

    /// Stated totals that differ from the sum of their parts.
    public var mismatchedTotals: [(stated: StatedTotal, computed: Decimal)] {
        budgets.statedTotals.compactMap { stated in
            guard let computed = computed(for: stated), computed != stated.value else { return nil }
            return (stated, computed)
        }
    }

    public var runningCostPosition: RunningCostPosition? {
        guard let target = budgets.runningCostTarget else { return nil }
        let baseline = target.baseline ?? total(.runningCosts, year: target.baselineYear)
        let targetAmount = Money(millions: baseline.millions * (100 - target.reductionPercent) / 100)
        let current = target.targetYear.map { hasLines(.runningCosts, year: $0) ? total(.runningCosts, year: $0) : baseline } ?? baseline
        let recorded = target.baseline != nil || hasLines(.runningCosts, year: target.baselineYear)
        return RunningCostPosition(target: target, baseline: baseline, targetAmount: targetAmount, current: current,
                                   isBaselineRecorded: recorded)
    }
}
