/// An item (of any kind) held in a conflict.
public struct ConflictItem: Hashable, Sendable {
    public let value: any ReviewItem

    public init(_ value: any ReviewItem) { self.value = value }

    public static func == (a: ConflictItem, b: ConflictItem) -> Bool { AnyHashable(a.value) == AnyHashable(b.value) }
    public func hash(into hasher: inout Hasher) { hasher.combine(AnyHashable(value)) }
}
