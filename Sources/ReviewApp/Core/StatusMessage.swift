import ReviewModel
import TerminalToolkit

public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool
}
