import ReviewModel
import TerminalToolkit

public struct DecisionsCursor: Hashable, Sendable {
    public var section: DecisionsSection = .recommendations
    public var recommendations = ListState(selected: 0)
    public var actions = ListState(selected: 0)
}
