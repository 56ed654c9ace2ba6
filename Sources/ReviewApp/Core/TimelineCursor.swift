import TerminalToolkit

/// Where the timeline pane is: the selected milestone row and the first row on screen.
public struct TimelineCursor: Hashable, Sendable {
    public var rows = ListState(selected: 0)
    /// First visible row of the timeline (rows include month headings).
    public var offset = 0
}
