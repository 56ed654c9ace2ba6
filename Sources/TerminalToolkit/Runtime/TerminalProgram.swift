/// A program the `TerminalLoop` can run: Elm-style, it keeps its state, reacts to
/// keys, and draws the whole screen from its state on every frame.
public protocol TerminalProgram {
    /// Reacts to one key (including `.resize`).
    mutating func handle(_ key: Key) -> LoopControl
    /// Reacts to the keys that arrived together (one read: a held key, a paste the
    /// terminal did not bracket), all before the next frame. The default hands them
    /// to `handle(_:)` one by one and stops at the first that does not continue.
    mutating func handle(burst keys: [Key]) -> LoopControl
    /// Draws the current state into a blank buffer of the terminal's size. It may keep what
    /// its widgets worked out while drawing (scroll offsets), as ratatui's stateful widgets do.
    mutating func render(into buffer: inout Buffer)
    /// Called when no key arrived within the read timeout (every ~250 ms when idle):
    /// autosave, clock updates, and the like.
    mutating func tick() -> LoopControl
    /// Called before the first frame and after every resize, with the new size.
    mutating func terminalResized(to size: Size)
    /// Called after each frame has been sent to the terminal: work that must follow a key but
    /// need not delay what the user sees (writing a recovery journal) belongs here.
    mutating func frameDrawn()
}

extension TerminalProgram {
    public mutating func handle(burst keys: [Key]) -> LoopControl {
        for key in keys {
            let control = handle(key)
            if control != .continue { return control }
        }
        return .continue
    }
    public mutating func tick() -> LoopControl { .continue }
    public mutating func terminalResized(to size: Size) {}
    public mutating func frameDrawn() {}
}
