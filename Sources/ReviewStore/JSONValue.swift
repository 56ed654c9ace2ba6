/// A parsed JSON value. Numbers keep their exact text so money never passes through Double.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONNode])
    case object([JSONMember])

    public var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "true/false"
        case .number: return "a number"
        case .string: return "text"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}

/// A value with the line it starts on, so problems can be located in the file.
public struct JSONNode: Hashable, Sendable {
    public var value: JSONValue
    public var line: Int

    public init(_ value: JSONValue, line: Int = 0) {
        self.value = value
        self.line = line
    }
}

public struct JSONMember: Hashable, Sendable {
    public var key: String
    public var node: JSONNode

    public init(_ key: String, _ node: JSONNode) {
        self.key = key
        self.node = node
    }
}
