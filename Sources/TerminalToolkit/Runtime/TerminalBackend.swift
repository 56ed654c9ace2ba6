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
    /// A key that has already arrived (in the same read as the last one: a paste
    /// without bracketed paste, a held key, a burst of typing), without waiting; nil
    /// when nothing more is waiting.
    func readPendingKey() -> Key?
    /// Gives the terminal back to the shell and stops the process (Ctrl-Z) until the
    /// shell resumes it (`fg`); the next frame is then drawn in full.
    func suspend()
}

extension TerminalBackend {
    public func readPendingKey() -> Key? { nil }
    public func suspend() {}
}
