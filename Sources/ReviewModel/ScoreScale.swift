import Foundation

public struct ScoreScale: Hashable, Sendable {
    public var min: Decimal
    public var max: Decimal

    public init(min: Decimal, max: Decimal) {
        self.min = min
        self.max = max
    }

    public func contains(_ value: Decimal) -> Bool { value >= min && value <= max }
}
