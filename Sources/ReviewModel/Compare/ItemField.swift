import Foundation

/// One field of a kind of item, as comparison and merge see it: its key in the file, the
/// word a person reads, whether two items agree on it, how to copy it from one item to
/// another, and how to show its value (names rather than ids, money as £m, dates at their
/// precision, statuses as words).
public struct ItemField<Item>: Sendable {
    /// The field's key in the review file ("rag", "targetDate").
    public let key: String
    /// What a person calls it ("RAG", "target date").
    public let label: String
    private let sameValue: @Sendable (Item, Item) -> Bool
    private let copyValue: @Sendable (Item, inout Item) -> Void
    private let showValue: @Sendable (Item, ReviewNames) -> String

    public init<Value: Equatable & Sendable>(_ key: String, _ label: String, _ path: WritableKeyPath<Item, Value> & Sendable,
                                  show: @escaping @Sendable (Value, ReviewNames) -> String) {
        self.key = key
        self.label = label
        sameValue = { $0[keyPath: path] == $1[keyPath: path] }
        copyValue = { source, target in target[keyPath: path] = source[keyPath: path] }
        showValue = { item, names in show(item[keyPath: path], names) }
    }

    /// A field shown from the whole item (a stated total's value is £m or a count by its measure).
    public init<Value: Equatable & Sendable>(_ key: String, _ label: String, value path: WritableKeyPath<Item, Value> & Sendable,
                                  showItem: @escaping @Sendable (Item, ReviewNames) -> String) {
        self.key = key
        self.label = label
        sameValue = { $0[keyPath: path] == $1[keyPath: path] }
        copyValue = { source, target in target[keyPath: path] = source[keyPath: path] }
        showValue = showItem
    }

    /// True when `a` and `b` hold the same value in this field.
    public func agrees(_ a: Item, _ b: Item) -> Bool { sameValue(a, b) }

    /// Sets this field of `target` to its value in `source`, leaving the other fields alone.
    public func copy(from source: Item, into target: inout Item) { copyValue(source, &target) }

    /// The field's value as a person reads it.
    public func display(_ item: Item, names: ReviewNames) -> String { showValue(item, names) }
}
