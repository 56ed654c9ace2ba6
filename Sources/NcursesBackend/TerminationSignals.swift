import CNcursesw

/// The signal number the last SIGINT, SIGTERM or SIGHUP delivered, or 0. Written only
/// by `recordTerminationSignal` (a signal handler) and by the key reader when the
/// terminal has vanished; read by the frame loop between key reads.
nonisolated(unsafe) private var pendingTerminationSignal: sig_atomic_t = 0

/// The handler only records the signal: ncurses' own SIGTERM handler would `_exit`
/// without restoring anything, and nothing else is safe inside a handler.
private func recordTerminationSignal(_ signal: Int32) {
    pendingTerminationSignal = signal
}

/// SIGINT, SIGTERM and SIGHUP handling for the terminal's lifetime. Installed before
/// ncurses starts, so ncurses leaves them alone; the loop polls `pending`.
public enum TerminationSignals {
    /// The signals that end the program through the normal (restoring) exit path.
    public static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the flag-setting handlers and ignores SIGPIPE.
    public static func install() {
        pendingTerminationSignal = 0
        for signalNumber in handled {
            _ = signal(signalNumber, recordTerminationSignal)
        }
        shim_ignore_signal(SIGPIPE)
    }

    /// Puts the default handlers back.
    public static func uninstall() {
        for signalNumber in handled {
            shim_default_signal(signalNumber)
        }
    }

    /// The pending signal number, if any (it stays pending until `install` or `record`).
    public static var pending: Int32? {
        let value = pendingTerminationSignal
        return value == 0 ? nil : Int32(value)
    }

    /// Records a signal as if it had been delivered (used when the terminal vanishes).
    public static func record(_ signalNumber: Int32) {
        pendingTerminationSignal = signalNumber
    }
}
