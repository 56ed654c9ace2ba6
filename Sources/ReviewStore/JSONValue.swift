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
        case .null: return JSONKindName.null
        case .bool: return JSONKindName.bool
        case .number: return JSONKindName.number
        case .string: return JSONKindName.string
        case .array: return JSONKindName.array
        case .object: return JSONKindName.object
        }
    }
}

/// How error messages name each kind of JSON value ("expected a list, found text"): one wording
/// for the parse tree and for reading in place, so a problem reads the same either way.
enum JSONKindName {
    static let null = "null"
    static let bool = "true/false"
    static let number = "a number"
    static let string = "text"
    static let array = "a list"
    static let object = "an object"
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
