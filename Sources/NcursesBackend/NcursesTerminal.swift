import CNcursesw
import TerminalToolkit

/// The real terminal, through ncursesw. The only type in the project that talks to
/// curses; everything else draws into `Buffer`s.
///
/// Lifecycle: `start()` installs SIGINT/SIGTERM/SIGHUP flag handlers and the
/// fatal-signal terminal restorer *before* curses starts, then sets up raw input
/// (so Ctrl-C, Ctrl-S and Ctrl-Q arrive as keys), a 25 ms ESC delay unless ESCDELAY is
/// set, and colours unless NO_COLOR is set. `run(_:)` drives a program and always
/// ends with `shutdown()` (endwin). Use one instance at a time.
public final class NcursesTerminal: TerminalBackend {
    /// Called with the signal number when SIGHUP, SIGTERM or SIGINT (as a signal) ends
    /// `run`, before the terminal is restored: write a recovery file here.
    public var onTerminate: ((Int32) -> Void)?
    /// Colours the terminal offers (`.none` when NO_COLOR is set).
    public let colorSupport: ColorSupport
    /// True when the locale is UTF-8; otherwise prefer `Glyphs.ascii`.
    public let isUTF8: Bool

    private var colorPairs: ColorPairs
    /// Reused for each cell: up to CCHARW_MAX scalars and a terminating zero.
    private var cellCharacters = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
    private var cursor: Point?
    private var hangupDetector = HangupDetector()
    private var currentTimeout: Int32 = -2
    private(set) var isShutDown = false
    private let headless: HeadlessScreen?

    nonisolated(unsafe) private static var isActive = false

    /// Resources of a screen opened on files rather than the tty.
    private struct HeadlessScreen {
        var screen: OpaquePointer
        var output: UnsafeMutablePointer<FILE>
        var input: UnsafeMutablePointer<FILE>
    }

    private init(colorSupport: ColorSupport, hasDefaultColors: Bool, isUTF8: Bool, headless: HeadlessScreen?) {
        self.colorSupport = colorSupport
        self.isUTF8 = isUTF8
        self.colorPairs = ColorPairs(support: colorSupport, hasDefaultColors: hasDefaultColors,
                                     availablePairs: Int(shim_color_pairs()))
        self.headless = headless
    }

    /// Starts curses on the controlling terminal (standard input and output).
    /// `mouse`: report clicks, double clicks and the wheel as `Key.mouse` (false leaves the mouse
    /// to the terminal, so its own selection and copy work: `--no-mouse`).
    public static func start(environment: [String: String], mouse: Bool = true) throws -> NcursesTerminal {
        guard !isActive else { throw NcursesError.alreadyActive }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw NcursesError.notATerminal }
        TerminationSignals.install()
        shim_install_fatal_signal_handlers()
        let isUTF8 = TerminalLocale.configure()
        let terminalName = environment["TERM"] ?? "dumb"
        guard newterm(terminalName, shim_stdout(), shim_stdin()) != nil else {
            shim_remove_fatal_signal_handlers()
            TerminationSignals.uninstall()
            throw NcursesError.unknownTerminal(terminalName)
        }
        isActive = true
        configureInput(environment: environment)
        if mouse { _ = shim_mouse_enable(1) }
        TerminalModes.enable()
        let (support, defaults) = startColors(environment: environment)
        return NcursesTerminal(colorSupport: support, hasDefaultColors: defaults, isUTF8: isUTF8, headless: nil)
    }

    /// A screen that writes to /dev/null at a fixed size, for tests of the real
    /// drawing code without a tty.
    ///
    /// `outputPath` receives the bytes curses writes instead (a file, to count them:
    /// the benchmarks measure the terminal output of a keystroke this way).
    public static func headless(width: Int, height: Int, terminalType: String = "xterm-256color",
                                environment: [String: String] = [:],
                                outputPath: String = "/dev/null", mouse: Bool = false) throws -> NcursesTerminal {
        guard !isActive else { throw NcursesError.alreadyActive }
        let isUTF8 = TerminalLocale.configure()
        guard let output = shim_open_file(outputPath, "w") else { throw NcursesError.cannotOpen(outputPath) }
        guard let input = shim_open_file("/dev/null", "r") else {
            shim_close_file(output)
            throw NcursesError.cannotOpen("/dev/null")
        }
        guard let screen = newterm(terminalType, output, input) else {
            shim_close_file(output)
            shim_close_file(input)
            throw NcursesError.unknownTerminal(terminalType)
        }
        isActive = true
        _ = resizeterm(Int32(max(1, height)), Int32(max(1, width)))
        configureInput(environment: environment)
        if mouse { _ = shim_mouse_enable(1) }
        let (support, defaults) = startColors(environment: environment)
        return NcursesTerminal(colorSupport: support, hasDefaultColors: defaults, isUTF8: isUTF8,
                               headless: HeadlessScreen(screen: screen, output: output, input: input))
    }

    private static func configureInput(environment: [String: String]) {
        _ = raw()
        _ = noecho()
        _ = nonl()
        _ = keypad(shim_stdscr(), true)
        _ = intrflush(shim_stdscr(), false)
        if environment["ESCDELAY"] == nil { _ = set_escdelay(25) }
        TerminalModes.defineKeys()
        _ = curs_set(0)
    }

    /// Starts colours when the terminal has them and NO_COLOR is unset or empty.
    private static func startColors(environment: [String: String]) -> (ColorSupport, Bool) {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return (.none, false) }
        guard has_colors(), start_color() == OK else { return (.none, false) }
        let defaults = use_default_colors() == OK
        return (shim_colors() >= 256 ? .indexed256 : .basic8, defaults)
    }

    deinit {
        shutdown()
    }

    /// Ends curses (endwin) and restores signal handling. Safe to call more than once.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        _ = curs_set(1)
        if headless == nil { TerminalModes.disable() }
        _ = endwin()
        if let headless {
            delscreen(headless.screen)
            shim_close_file(headless.output)
            shim_close_file(headless.input)
        } else {
            shim_remove_fatal_signal_handlers()
            TerminationSignals.uninstall()
        }
        NcursesTerminal.isActive = false
    }

    // MARK: TerminalBackend

    public var size: Size { Size(width: Int(shim_cols()), height: Int(shim_lines())) }

    public func draw(_ runs: [CellRun]) {
        guard !isShutDown else { return }
        for run in runs {
            var x = run.x
            for cell in run.cells {
                if !cell.isContinuation { drawCell(cell, x: x, y: run.y) }
                x += 1
            }
        }
    }

    public func setCursor(_ position: Point?) {
        cursor = position
    }

    public func clear() {
        guard !isShutDown else { return }
        _ = werase(shim_stdscr())
        _ = clearok(shim_stdscr(), true)
    }

    public func flush() {
        guard !isShutDown else { return }
        if let cursor {
            _ = wmove(shim_stdscr(), Int32(cursor.y), Int32(cursor.x))
            _ = curs_set(1)
        } else {
            _ = curs_set(0)
        }
        _ = wrefresh(shim_stdscr())
    }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        guard !isShutDown else { return nil }
        setTimeout(Int32(clamping: timeoutMilliseconds))
        var code: wint_t = 0
        shim_clear_errno()
        let started = shim_monotonic_milliseconds()
        let status = wget_wch(shim_stdscr(), &code)
        let key = decode(status: status, code: code)
        if key == nil, shim_errno() == EIO {
            TerminationSignals.record(SIGHUP)
            return nil
        }
        if hangupDetector.record(readFailed: key == nil,
                                 elapsedMilliseconds: Int64(shim_monotonic_milliseconds() - started),
                                 timeoutMilliseconds: timeoutMilliseconds) {
            TerminationSignals.record(SIGHUP)
        }
        return key
    }

    /// A key already waiting in curses' queue or the terminal's input, without waiting.
    public func readPendingKey() -> Key? {
        guard !isShutDown else { return nil }
        setTimeout(0)
        var code: wint_t = 0
        let status = wget_wch(shim_stdscr(), &code)
        return decode(status: status, code: code)
    }

    /// Leaves curses and the terminal modes, stops the process (Ctrl-Z), and takes the
    /// terminal back when the shell continues it; the loop then repaints in full.
    public func suspend() {
        guard !isShutDown, headless == nil else { return }
        TerminalModes.disable()
        _ = def_prog_mode()
        _ = endwin()
        shim_stop_process()
        _ = reset_prog_mode()
        TerminalModes.enable()
        _ = clearok(shim_stdscr(), true)
        _ = wrefresh(shim_stdscr())
    }

    private func setTimeout(_ timeout: Int32) {
        if timeout != currentTimeout {
            wtimeout(shim_stdscr(), timeout)
            currentTimeout = timeout
        }
    }

    private func decode(status: Int32, code: wint_t) -> Key? {
        if status == shim_key_code_yes(), Int32(truncatingIfNeeded: code) == TerminalModes.pasteStartCode {
            return .paste(readPastedText())
        }
        if status == shim_key_code_yes(), Int32(truncatingIfNeeded: code) == shim_key_mouse() {
            var x: Int32 = -1, y: Int32 = -1
            let kind = shim_get_mouse(&x, &y)
            return NcursesKeyDecoder.mouse(kind: kind, x: x, y: y)
        }
        return NcursesKeyDecoder.key(status: status, code: UInt32(truncatingIfNeeded: code))
    }

    /// Reads a bracketed paste up to its end marker (or until the terminal goes quiet
    /// for half a second, if the end never comes).
    private func readPastedText() -> String {
        var text = PastedText()
        setTimeout(500)
        while true {
            var code: wint_t = 0
            let status = wget_wch(shim_stdscr(), &code)
            if status == shim_key_code_yes() {
                let keyCode = Int32(truncatingIfNeeded: code)
                if keyCode == TerminalModes.pasteEndCode { break }
                if keyCode == shim_key_enter() { text.append(code: 13) }
                continue
            }
            guard status == OK else { break }
            text.append(code: UInt32(truncatingIfNeeded: code))
        }
        return text.text
    }

    // MARK: Drawing

    private func drawCell(_ cell: Cell, x: Int, y: Int) {
        var count = 0
        for scalar in cell.grapheme.unicodeScalars.prefix(Int(CCHARW_MAX)) {
            cellCharacters[count] = wchar_t(bitPattern: scalar.value)
            count += 1
        }
        cellCharacters[count] = 0
        let attributes = curses(cell.style.attributes)
        let pair = colorPairs.pair(for: cell.style)
        var complex = cchar_t()
        if setcchar(&complex, cellCharacters, attributes, pair, nil) != OK {
            // More than one spacing character (an emoji ZWJ sequence): draw the first.
            cellCharacters[1] = 0
            guard setcchar(&complex, cellCharacters, attributes, pair, nil) == OK else { return }
        }
        // Ignoring the result: writing the bottom-right cell reports ERR but draws.
        _ = mvwadd_wch(shim_stdscr(), Int32(y), Int32(x), &complex)
    }

    private func curses(_ attributes: TextAttributes) -> attr_t {
        var result = shim_attr_normal()
        if attributes.contains(.bold) { result |= shim_attr_bold() }
        if attributes.contains(.reverse) { result |= shim_attr_reverse() }
        if attributes.contains(.underline) { result |= shim_attr_underline() }
        if attributes.contains(.dim) { result |= shim_attr_dim() }
        return result
    }
}
