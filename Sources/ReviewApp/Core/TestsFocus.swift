import ReviewModel
import TerminalToolkit

public enum TestsFocus: Hashable, Sendable { case tests, evidence }
