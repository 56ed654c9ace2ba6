/// What the runtime needs from a terminal. Deliberately small: `NcursesTerminal`
/// implements it for real terminals and `HeadlessBackend` for tests.
public protocol TerminalBackend: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Draws runs of cells; nothing appears until `flush()`.
    func draw(_ runs: [CellRun])
    /// Shows the cursor at a position, or hides it when nil.
    func setCursor(_ position: Point?)
    /// Blanks the whole screen (before a full repaint).
    func clear()
    /// Makes everything drawn since the last flush visible.
    func flush()
    /// Waits up to `timeoutMilliseconds` for a key; nil when none came in time.
    func readKey(timeoutMilliseconds: Int) -> Key?
}
