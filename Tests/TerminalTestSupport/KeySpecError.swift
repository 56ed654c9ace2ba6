/// A key spec string that `Key(spec:)` could not read.
public struct KeySpecError: Error, Hashable, Sendable, CustomStringConvertible {
    public var spec: String
    public var description: String { "not a key: \"\(spec)\"" }
}
