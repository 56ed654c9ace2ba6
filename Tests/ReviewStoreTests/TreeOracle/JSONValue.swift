/// A JSON value as a tree, for the tests' independent view of a document. Numbers keep their
/// exact text so money never passes through Double.
enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONNode])
    case object([JSONMember])
}
