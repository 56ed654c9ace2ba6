import Foundation

/// Every body must cut its running costs, typically by 20%.
public struct RunningCostTarget: Hashable, Sendable {
    public var reductionPercent: Decimal
    public var baselineYear: FinancialYear
    /// The year the cut is due, when the paper gives one.
    public var targetYear: FinancialYear?
    public var baseline: Money?

    public init(reductionPercent: Decimal, baselineYear: FinancialYear, targetYear: FinancialYear?, baseline: Money? = nil) {
        self.reductionPercent = reductionPercent
        self.baselineYear = baselineYear
        self.targetYear = targetYear
        self.baseline = baseline
    }

    /// "by 2020/21", or "no year given" when the paper gives none.
    public var dueText: String { targetYear.map { "by \($0)" } ?? "no year given" }

    /// "Target for 2020/21", or "Target (no year given)".
    public var targetLabel: String { targetYear.map { "Target for \($0)" } ?? "Target (no year given)" }
}
