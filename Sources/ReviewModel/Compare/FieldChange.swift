/// One field's old and new value, as a person reads them.
public struct FieldChange: Hashable, Sendable {
    public var key: String
    public var label: String
    public var old: String
    public var new: String

    public init(key: String, label: String, old: String, new: String) {
        self.key = key
        self.label = label
        self.old = old
        self.new = new
    }
}
