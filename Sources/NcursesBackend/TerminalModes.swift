import CNcursesw
import TerminalToolkit

/// Terminal modes curses does not manage: bracketed paste (`ESC [ ? 2004 h`). They are
/// switched on when the terminal starts, off before every exit (quit, signal, suspend;
/// the fatal-signal handler in `shim.h` writes the same "off" sequence).
enum TerminalModes {
    /// Key codes curses returns for the paste markers (`define_key`), above its own codes.
    static let pasteStartCode: Int32 = 0x2000
    static let pasteEndCode: Int32 = 0x2001

    /// Keys with Ctrl or Alt held that curses has no code for, with the sequences xterm (and
    /// tmux, VTE, iTerm2) send for them and the codes curses is taught to return (above the
    /// paste markers): Ctrl/Alt with the arrows, Home and End (`ESC [ 1 ; 5 D` is Ctrl-Left,
    /// 3 is Alt), Alt-a, Alt-b, Alt-f as ESC and the letter (readline's select all, word
    /// left, word right), and Alt-Enter (ESC and a carriage return: accept an editor from long text).
    static let modifiedKeys: [(sequence: String, code: Int32, key: Key)] = {
        var keys: [(String, Key)] = []
        for (parameter, modifier) in [("5", KeyModifier.ctrl), ("3", .alt)] {
            for (final, key) in [("A", Key.up), ("B", .down), ("C", .right), ("D", .left), ("H", .home), ("F", .end)] {
                keys.append(("\u{1B}[1;\(parameter)\(final)", .modified(key, modifier)))
            }
        }
        for letter in ["a", "b", "f"] {
            keys.append(("\u{1B}" + letter, .modified(.char(Character(letter)), .alt)))
        }
        keys.append(("\u{1B}\r", .modified(.enter, .alt)))
        return keys.enumerated().map { ($1.0, 0x2010 + Int32($0), $1.1) }
    }()

    /// The key for a code taught with `define_key`, or nil.
    static func modifiedKey(code: Int32) -> Key? {
        modifiedKeys.first { $0.code == code }?.key
    }

    /// Teaches curses the paste markers and the modified keys, so they arrive as single key codes.
    static func defineKeys() {
        _ = define_key("\u{1B}[200~", pasteStartCode)
        _ = define_key("\u{1B}[201~", pasteEndCode)
        for entry in modifiedKeys { _ = define_key(entry.sequence, entry.code) }
    }

    static func enable() {
        shim_write_terminal("\u{1B}[?2004h")
    }

    static func disable() {
        shim_write_terminal("\u{1B}[?2004l")
    }
}
