import ReviewModel
import TerminalToolkit

public struct Prompt: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case search, command, filter }
    public var kind: Kind
    public var input = TextInput()
    public var historyIndex: Int?
    /// For a search: where it started (incremental search moves from there; Esc goes back).
    public var origin: SearchOrigin?
    /// For a filter: the filter there was (Esc puts it back).
    public var filterBefore: ListFilter.Spec?

    public init(kind: Kind, origin: SearchOrigin? = nil) {
        self.kind = kind
        self.origin = origin
    }

    public var leader: String {
        switch kind {
        case .search: return "/"
        case .command: return ":"
        case .filter: return "Filter: "
        }
    }
}
