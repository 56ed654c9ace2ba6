/// A value with the line it starts on.
struct JSONNode: Hashable, Sendable {
    var value: JSONValue
    var line: Int

    init(_ value: JSONValue, line: Int = 0) {
        self.value = value
        self.line = line
    }
}
