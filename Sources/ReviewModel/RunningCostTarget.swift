import Foundation

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
