/// One function key in an F-key bar: the key, the word shown beside it, and the group it
/// belongs to (keys of one group in a row, such as the pane keys, may be shown as a range
/// "F5-F9 Panes" when the bar is short of room).
public struct FunctionKeyEntry: Hashable, Sendable {
    public var key: Key
    public var label: String
    public var group: String?

    public init(key: Key, label: String, group: String? = nil) {
        self.key = key
        self.label = label
        self.group = group
    }
}
