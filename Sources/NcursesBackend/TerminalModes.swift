import CNcursesw

/// Terminal modes curses does not manage: bracketed paste (`ESC [ ? 2004 h`). They are
/// switched on when the terminal starts, off before every exit (quit, signal, suspend;
/// the fatal-signal handler in `shim.h` writes the same "off" sequence).
enum TerminalModes {
    /// Key codes curses returns for the paste markers (`define_key`), above its own codes.
    static let pasteStartCode: Int32 = 0x2000
    static let pasteEndCode: Int32 = 0x2001

    /// Teaches curses the paste markers, so they arrive as single key codes.
    static func defineKeys() {
        _ = define_key("\u{1B}[200~", pasteStartCode)
        _ = define_key("\u{1B}[201~", pasteEndCode)
    }

    static func enable() {
        shim_write_terminal("\u{1B}[?2004h")
    }

    static func disable() {
        shim_write_terminal("\u{1B}[?2004l")
    }
}
