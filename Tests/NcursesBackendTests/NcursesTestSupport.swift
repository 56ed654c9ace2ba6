import CNcursesw
import TerminalToolkit
@testable import NcursesBackend

extension NcursesTerminal {
    /// The characters on curses' virtual screen, one string per row, trailing spaces
    /// trimmed (like `Buffer.lines()`), read back with `mvwinnwstr`: a headless screen's
    /// frame checked through the real drawing code. Empty once the terminal is shut down.
    func screenLines() -> [String] {
        guard !isShutDown else { return [] }
        let current = size
        return (0..<current.height).map { row in
            var characters = [wchar_t](repeating: 0, count: current.width + 1)
            let count = mvwinnwstr(shim_stdscr(), Int32(row), 0, &characters, Int32(current.width))
            var line = ""
            for value in characters.prefix(max(0, Int(count))) {
                if value == 0 { break }
                if let scalar = Unicode.Scalar(UInt32(bitPattern: value)) { line.unicodeScalars.append(scalar) }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}

extension TerminationSignals {
    /// Forgets a recorded signal, so one test's signal does not end the next test's run.
    static func reset() {
        record(0)
    }
}
