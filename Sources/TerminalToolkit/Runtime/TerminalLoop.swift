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

    /// Most keys handled before a frame is drawn: a flood of input still shows progress.
    public static var burstLimit: Int { 4096 }

    /// Runs until the program quits or `shouldStop` reports a signal.
    ///
    /// Every key already waiting is handled before the next frame (`readPendingKey`),
    /// so a paste or a held key costs one frame, not one per key.
    public mutating func run<Program: TerminalProgram>(_ program: inout Program) -> LoopExit {
        var size = backend.size
        program.terminalResized(to: size)
        draw(&program)
        while true {
            if let signal = shouldStop() { return .stopped(signal: signal) }
            var control: LoopControl
            if let first = backend.readKey(timeoutMilliseconds: readTimeoutMilliseconds) {
                var burst = [first]
                while burst.count < Self.burstLimit, let next = backend.readPendingKey() { burst.append(next) }
                control = handle(burst, size: &size, &program)
            } else {
                control = program.tick()
            }
            if control == .suspend {
                backend.suspend()
                renderer.invalidate()
                if backend.size != size {
                    size = backend.size
                    program.terminalResized(to: size)
                }
                control = .continue
            }
            if case .quit(let code) = control { return .quit(exitCode: code) }
            draw(&program)
        }
    }

    /// Passes a burst to the program: the redraw key repaints instead, and a size change
    /// reaches `terminalResized(to:)` before the keys.
    private mutating func handle<Program: TerminalProgram>(_ burst: [Key], size: inout Size, _ program: inout Program) -> LoopControl {
        var keys = burst
        if let redrawKey, keys.contains(redrawKey) {
            renderer.invalidate()
            keys.removeAll { $0 == redrawKey }
        }
        if keys.contains(.resize) || backend.size != size {
            size = backend.size
            program.terminalResized(to: size)
        }
        guard !keys.isEmpty else { return .continue }
        return keys.count == 1 ? program.handle(keys[0]) : program.handle(burst: keys)
    }

    private mutating func draw<Program: TerminalProgram>(_ program: inout Program) {
        renderer.render(to: backend) { program.render(into: &$0) }
        program.frameDrawn()
    }
}
