import Foundation

/// Running costs against the reduction target: how far there is still to go.
public struct RunningCostPosition: Hashable, Sendable {
    public let target: RunningCostTarget
    public let baseline: Money
    public let targetAmount: Money
    public let current: Money
    /// False when the paper states the target but no running costs for its baseline year:
    /// the amounts are then unknown (not zero) and no progress can be claimed.
    public let isBaselineRecorded: Bool

    /// Still to save to reach the target (negative when already below it).
    public var gap: Money { current - targetAmount }

    /// "20% cut from £36.3m (2019/20) to £29.0m by 2020/21: £7.3m to go"
    public var sentence: String {
        let percent = DecimalText.format(target.reductionPercent, places: 0)
        guard isBaselineRecorded else {
            return "\(percent)% cut from the \(target.baselineYear) level by \(target.targetYear): no running costs recorded, progress unknown"
        }
        let gapText = gap.millions > 0 ? "\(gap.formatted) to go" : "met (\((-gap).formatted) below)"
        return "\(percent)% cut from \(baseline.formatted) (\(target.baselineYear)) to \(targetAmount.formatted) by \(target.targetYear): \(gapText)"
    }
}
