import ReviewModel
import TerminalToolkit

public struct PresentingState: Hashable, Sendable {
    public var returnPane: Pane
}
