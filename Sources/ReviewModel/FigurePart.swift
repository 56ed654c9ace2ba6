import Foundation

/// One part of a key figure that the paper adds up (a district of a county's population).
public struct FigurePart: Hashable, Sendable {
    public var label: String
    public var value: Decimal

    public init(label: String, value: Decimal) {
        self.label = label
        self.value = value
    }
}
