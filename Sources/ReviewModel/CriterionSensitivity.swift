import Foundation

/// How much one criterion's weight can move before another option overtakes the leader.
public struct CriterionSensitivity: Hashable, Sendable {
    public let criterionId: String
    public let weight: Decimal
    /// Increase in weight at which another option draws level; nil if no increase changes the leader.
    public let riseBeforeChange: Decimal?
    public let overtakerOnRise: String?
    /// Decrease (as a positive amount, down to zero weight) at which another option draws level.
    public let fallBeforeChange: Decimal?
    public let overtakerOnFall: String?
    /// A change of at most 20% of the weight (or of the mean weight, if larger) would change the leader.
    public let isFragile: Bool
}
