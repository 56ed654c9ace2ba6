/// One item that differs between two versions of a review.
public struct ItemChange: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case added, removed, moved, changed
    }

    public var kind: Kind
    /// The key of the part it belongs to ("mergerTests").
    public var part: String
    /// What one such item is called ("merger test").
    public var what: String
    public var itemId: String
    /// The item's name on one line (its title, or what a budget line measures and where).
    public var name: String
    /// For a changed item: each field that differs, with both values as a person reads them.
    public var fields: [FieldChange]

    public init(kind: Kind, part: String, what: String, itemId: String, name: String, fields: [FieldChange] = []) {
        self.kind = kind
        self.part = part
        self.what = what
        self.itemId = itemId
        self.name = name
        self.fields = fields
    }
}
