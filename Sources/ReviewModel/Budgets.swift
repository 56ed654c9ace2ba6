import Foundation

/// Financial lines by organisation and/or place, with the totals papers state.
public struct Budgets: Hashable, Sendable {
    public var lines: ChunkedArray<BudgetLine>
    public var runningCostTarget: RunningCostTarget?
    public var statedTotals: [StatedTotal]

    public init(lines: ChunkedArray<BudgetLine> = [], runningCostTarget: RunningCostTarget? = nil, statedTotals: [StatedTotal] = []) {
        self.lines = lines
        self.runningCostTarget = runningCostTarget
        self.statedTotals = statedTotals
    }
}

extension Programme {
    /// A count (population, practices, PCNs) of one organisation or place; nil where the
    /// measure is not a count or the paper does not give it.
    public func count(_ measure: Measure, scope: TotalScope, row: Int) -> Int? {
        switch (scope, measure) {
        case (.organisations, .registeredPopulation): return organisations[row].registeredPopulation
        case (.organisations, .practices): return organisations[row].practices
        case (.places, .registeredPopulation): return places[row].registeredPopulation
        case (.places, .practices): return places[row].practices
        case (.places, .pcns): return places[row].pcns
        default: return nil
        }
    }
}
