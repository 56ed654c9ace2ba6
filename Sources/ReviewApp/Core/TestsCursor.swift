import TerminalToolkit

/// Where the tests pane is: the selected test, the selected evidence, and which has the keys.
public struct TestsCursor: Hashable, Sendable {
    public var rows = ListState(selected: 0)
    public var focus: TestsFocus = .tests
    public var evidence = ListState(selected: 0)
}
