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

public struct BudgetLine: Hashable, Sendable, Identifiable {
    public var id: String
    public var year: FinancialYear
    public var organisationId: String?
    public var placeId: String?
    public var measure: Measure
    public var amount: Money
    public var notes: String

    public init(id: String, year: FinancialYear, organisationId: String? = nil, placeId: String? = nil,
                measure: Measure, amount: Money, notes: String = "") {
        self.id = id
        self.year = year
        self.organisationId = organisationId
        self.placeId = placeId
        self.measure = measure
        self.amount = amount
        self.notes = notes
    }
}

/// What a figure measures. Money measures are £m; the counts come from organisations and places.
public enum Measure: String, CaseIterable, Hashable, Sendable {
    case allocation, runningCosts, programme, primaryMedical, totalBudget, inYearSurplus, cumulativeSurplus
    case registeredPopulation, practices, pcns

    public static let moneyMeasures: [Measure] = [
        .allocation, .programme, .runningCosts, .primaryMedical, .totalBudget, .inYearSurplus, .cumulativeSurplus,
    ]

    public var isMoney: Bool { !isCount }

    public var isCount: Bool { self == .registeredPopulation || self == .practices || self == .pcns }

    public var label: String {
        switch self {
        case .allocation: return "Allocation"
        case .runningCosts: return "Running costs"
        case .programme: return "Programme"
        case .primaryMedical: return "Primary medical"
        case .totalBudget: return "Total budget"
        case .inYearSurplus: return "In-year surplus/deficit"
        case .cumulativeSurplus: return "Cumulative surplus/deficit"
        case .registeredPopulation: return "Registered population"
        case .practices: return "Practices"
        case .pcns: return "PCNs"
        }
    }

    /// Short column heading for narrow tables.
    public var shortLabel: String {
        switch self {
        case .allocation: return "Alloc"
        case .runningCosts: return "Running"
        case .programme: return "Programme"
        case .primaryMedical: return "Prim med"
        case .totalBudget: return "Total"
        case .inYearSurplus: return "In-year"
        case .cumulativeSurplus: return "Cumul"
        case .registeredPopulation: return "Population"
        case .practices: return "Practices"
        case .pcns: return "PCNs"
        }
    }
}

/// Every body must cut its running costs, typically by 20%.
public struct RunningCostTarget: Hashable, Sendable {
    public var reductionPercent: Decimal
    public var baselineYear: FinancialYear
    public var targetYear: FinancialYear
    public var baseline: Money?

    public init(reductionPercent: Decimal, baselineYear: FinancialYear, targetYear: FinancialYear, baseline: Money? = nil) {
        self.reductionPercent = reductionPercent
        self.baselineYear = baselineYear
        self.targetYear = targetYear
        self.baseline = baseline
    }
}

public enum TotalScope: String, CaseIterable, Hashable, Sendable {
    case organisations, places
}

/// A total as the paper states it, kept so it can be checked against the sum of its parts.
public struct StatedTotal: Hashable, Sendable, Identifiable {
    public var id: String
    public var label: String
    public var measure: Measure
    public var scope: TotalScope
    public var year: FinancialYear?
    public var value: Decimal
    public var source: String

    public init(id: String, label: String, measure: Measure, scope: TotalScope, year: FinancialYear? = nil,
                value: Decimal, source: String = "") {
        self.id = id
        self.label = label
        self.measure = measure
        self.scope = scope
        self.year = year
        self.value = value
        self.source = source
    }

    /// "£2,909.3m" or "1,777,610", as the paper printed it.
    public var formattedValue: String {
        measure.isCount ? DecimalText.format(value, places: 0) : Money(millions: value).formatted
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
