/// A member of an object in a `JSONValue` tree.
struct JSONMember: Hashable, Sendable {
    var key: String
    var node: JSONNode

    init(_ key: String, _ node: JSONNode) {
        self.key = key
        self.node = node
    }
}
