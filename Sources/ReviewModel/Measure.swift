import Foundation

/// What a figure measures. Money measures are £m; the counts come from organisations and places.
public enum Measure: String, CaseIterable, Hashable, Sendable {
    case allocation, runningCosts, programme, primaryMedical, totalBudget, inYearSurplus, cumulativeSurplus
    case registeredPopulation, practices, pcns

    public static let moneyMeasures: [Measure] = [
        .allocation, .programme, .runningCosts, .primaryMedical, .totalBudget, .inYearSurplus, .cumulativeSurplus,
    ]

    public var isMoney: Bool { !isCount }

    /// What a figure "per head" divides by the registered population: the allocation, or where
    /// there is none the total budget; nil when neither is there (`present` says which are).
    public static func perHeadBasis(present: (Measure) -> Bool) -> Measure? {
        present(.allocation) ? .allocation : present(.totalBudget) ? .totalBudget : nil
    }

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
