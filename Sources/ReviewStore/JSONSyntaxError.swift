/// Where and why bytes are not a JSON document: line and column (in characters) and what to fix.
public struct JSONSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let message: String

    public var description: String { "line \(line), column \(column): \(message)" }
}
