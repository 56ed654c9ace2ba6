/// What a program tells the loop after each event.
public enum LoopControl: Hashable, Sendable {
    case `continue`
    /// Suspend the process (Ctrl-Z): the backend restores the terminal and stops; the
    /// loop repaints everything when the shell resumes it.
    case suspend
    /// Leave the loop; the process should exit with this code.
    case quit(exitCode: Int32)
}
