import TerminalToolkit

/// An in-memory terminal for tests: a `Buffer` that receives drawn cells and a queue
/// of scripted keys. Like ratatui's `TestBackend`.
///
/// Each scripted key arrives in a read of its own, as if typed; `queueBurst` scripts
/// keys that arrive in one read (a paste the terminal did not bracket, a held key).
public final class HeadlessBackend: TerminalBackend {
    /// The screen as drawn so far (including cells drawn but not yet flushed).
    public private(set) var screen: Buffer
    /// The screen at the last `flush()`: what a user would see.
    public private(set) var flushedScreen: Buffer
    /// Keys still to be read, first one next, each in a read of its own.
    public var pendingKeys: [Key] {
        get { currentRead + pendingInput.flatMap { $0 } }
        set {
            currentRead = []
            pendingInput = newValue.map { [$0] }
        }
    }
    /// Reads not yet begun, one array of keys per read.
    private var pendingInput: [[Key]]
    /// The rest of the read in progress.
    private var currentRead: [Key] = []
    /// Times the program asked to suspend (Ctrl-Z).
    public private(set) var suspendCount = 0
    public private(set) var cursor: Point?
    public private(set) var cellsDrawn = 0
    public private(set) var clearCount = 0
    public private(set) var flushCount = 0
    /// Number of reads that found no key (the loop's idle ticks).
    public private(set) var emptyReads = 0

    public init(width: Int, height: Int, keys: [Key] = []) {
        self.screen = Buffer(width: width, height: height)
        self.flushedScreen = screen
        self.pendingInput = keys.map { [$0] }
    }

    /// Queues keys that arrive together, in one read.
    public func queueBurst(_ keys: [Key]) {
        guard !keys.isEmpty else { return }
        pendingInput.append(keys)
    }

    public var size: Size { screen.size }

    /// True when every scripted key has been read.
    public var isOutOfKeys: Bool { currentRead.isEmpty && pendingInput.isEmpty }

    /// Changes the size (the content is lost, as on a real terminal) and queues `.resize`.
    public func resize(width: Int, height: Int) {
        screen = Buffer(width: width, height: height)
        pendingInput.insert([.resize], at: 0)
    }

    public func draw(_ runs: [CellRun]) {
        for run in runs {
            var x = run.x
            for cell in run.cells {
                if !cell.isContinuation {
                    screen.set(cell.grapheme, x: x, y: run.y, style: cell.style)
                    cellsDrawn += 1
                }
                x += 1
            }
        }
    }

    public func setCursor(_ position: Point?) {
        cursor = position
    }

    public func clear() {
        screen = Buffer(size: screen.size)
        clearCount += 1
    }

    public func flush() {
        flushedScreen = screen
        flushCount += 1
    }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        if currentRead.isEmpty {
            guard !pendingInput.isEmpty else {
                emptyReads += 1
                return nil
            }
            currentRead = pendingInput.removeFirst()
        }
        return currentRead.isEmpty ? nil : currentRead.removeFirst()
    }

    /// The next key of the read in progress; nil when that read is used up.
    public func readPendingKey() -> Key? {
        currentRead.isEmpty ? nil : currentRead.removeFirst()
    }

    public func suspend() {
        suspendCount += 1
    }

    /// The flushed screen as text lines (trailing spaces trimmed).
    public func lines() -> [String] { flushedScreen.lines() }

    /// Runs a program on the scripted keys, like a whole session without a terminal.
    ///
    /// - Returns: the program's quit, or nil when the keys ran out first (the screen
    ///   then shows the frame after the last key).
    public func run<Program: TerminalProgram>(_ program: inout Program) -> LoopExit? {
        var loop = TerminalLoop(backend: self, shouldStop: { [unowned self] in self.isOutOfKeys ? 0 : nil })
        let exit = loop.run(&program)
        return exit == .stopped(signal: 0) ? nil : exit
    }
}
