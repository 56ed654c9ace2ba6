import ReviewModel
import TerminalToolkit

public enum DecisionsSection: Hashable, Sendable { case recommendations, actions }
