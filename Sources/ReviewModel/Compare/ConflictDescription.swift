/// A conflict as a person reads it.
public struct ConflictDescription: Hashable, Sendable {
    public var what: String
    public var itemName: String
    public var field: String
    public var base: String
    public var ours: String
    public var theirs: String
}
