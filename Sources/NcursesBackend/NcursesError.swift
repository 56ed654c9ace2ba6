/// Why the terminal could not be started.
public enum NcursesError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal.
    case notATerminal
    /// ncurses does not know the terminal type in TERM.
    case unknownTerminal(String)
    /// Another `NcursesTerminal` is still running (curses has one screen per process).
    case alreadyActive
    /// A file for a headless screen could not be opened.
    case cannotOpen(String)

    public var description: String {
        switch self {
        case .notATerminal: return "standard input and output must be a terminal"
        case .unknownTerminal(let name): return "unknown terminal type \"\(name)\" (check TERM)"
        case .alreadyActive: return "a terminal session is already running"
        case .cannotOpen(let path): return "cannot open \(path)"
        }
    }
}
