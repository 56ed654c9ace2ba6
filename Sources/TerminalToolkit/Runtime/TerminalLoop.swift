/// The frame loop: draw, wait for a key (with a timeout so signals are noticed),
/// let the program react, draw again.
///
/// - `.resize` is passed to the program after `terminalResized(to:)`, and the next
///   frame is a full repaint (the renderer sees the size change).
/// - The redraw key (Ctrl-L by default) is handled here: the screen is repainted in
///   full and the program never sees the key.
/// - `shouldStop` is checked before every read; it returns a signal number set by a
///   signal handler (or by the backend when the terminal has gone away).
public struct TerminalLoop<Backend: TerminalBackend> {
    public let backend: Backend
    public var readTimeoutMilliseconds: Int
    public var redrawKey: Key?
    public var shouldStop: () -> Int32?
    public private(set) var renderer = FrameRenderer()

    public init(backend: Backend, readTimeoutMilliseconds: Int = 250, redrawKey: Key? = .ctrl("l"),
                shouldStop: @escaping () -> Int32? = { nil }) {
        self.backend = backend
        self.readTimeoutMilliseconds = readTimeoutMilliseconds
        self.redrawKey = redrawKey
        self.shouldStop = shouldStop
    }

    /// Runs until the program quits or `shouldStop` reports a signal.
    public mutating func run<Program: TerminalProgram>(_ program: inout Program) -> LoopExit {
        var size = backend.size
        program.terminalResized(to: size)
        draw(&program)
        while true {
            if let signal = shouldStop() { return .stopped(signal: signal) }
            let control: LoopControl
            if let key = backend.readKey(timeoutMilliseconds: readTimeoutMilliseconds) {
                if key == redrawKey {
                    renderer.invalidate()
                    control = .continue
                } else {
                    if key == .resize || backend.size != size {
                        size = backend.size
                        program.terminalResized(to: size)
                    }
                    control = program.handle(key)
                }
            } else {
                control = program.tick()
            }
            if case .quit(let code) = control { return .quit(exitCode: code) }
            draw(&program)
        }
    }

    private mutating func draw<Program: TerminalProgram>(_ program: inout Program) {
        renderer.render(to: backend) { program.render(into: &$0) }
        program.frameDrawn()
    }
}
