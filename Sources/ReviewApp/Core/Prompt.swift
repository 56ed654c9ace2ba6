import ReviewModel
import TerminalToolkit

public struct Prompt: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case search, command }
    public var kind: Kind
    public var input = TextInput()
    public var historyIndex: Int?

    public init(kind: Kind) { self.kind = kind }

    public var leader: String { kind == .search ? "/" : ":" }
}
