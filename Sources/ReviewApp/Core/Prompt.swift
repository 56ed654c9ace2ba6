import ReviewModel
import TerminalToolkit

public struct Prompt: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case search, command }
    public var kind: Kind
    public var input = TextInput()
    public var historyIndex: Int?
    /// For a search: where it started (incremental search moves from there; Esc goes back).
    public var origin: SearchOrigin?

    public init(kind: Kind, origin: SearchOrigin? = nil) {
        self.kind = kind
        self.origin = origin
    }

    public var leader: String { kind == .search ? "/" : ":" }
}
