/// What a program tells the loop after each event.
public enum LoopControl: Hashable, Sendable {
    case `continue`
    /// Leave the loop; the process should exit with this code.
    case quit(exitCode: Int32)
}
