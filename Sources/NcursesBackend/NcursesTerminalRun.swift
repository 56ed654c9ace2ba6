import CNcursesw
import TerminalToolkit

extension NcursesTerminal {
    /// Runs a program until it quits or a termination signal arrives, then restores
    /// the terminal (endwin) on every path. On SIGHUP, SIGTERM or SIGINT (or a vanished
    /// terminal, treated as SIGHUP) `onTerminate` is called first.
    ///
    /// - Returns: the process exit status: the program's quit code, or 128 + signal.
    public func run<Program: TerminalProgram>(_ program: inout Program, readTimeoutMilliseconds: Int = 250) -> Int32 {
        defer { shutdown() }
        var loop = TerminalLoop(backend: self, readTimeoutMilliseconds: readTimeoutMilliseconds,
                                shouldStop: { TerminationSignals.pending })
        let exit = loop.run(&program)
        if case .stopped(let signal) = exit { onTerminate?(signal) }
        return exit.exitStatus
    }
}
