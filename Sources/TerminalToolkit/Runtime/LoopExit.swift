/// Why the loop ended.
public enum LoopExit: Hashable, Sendable {
    /// The program returned `.quit`.
    case quit(exitCode: Int32)
    /// `shouldStop` reported a signal (SIGTERM, SIGHUP, a vanished terminal...).
    case stopped(signal: Int32)

    /// The conventional process exit status: the quit code, or 128 + signal.
    public var exitStatus: Int32 {
        switch self {
        case .quit(let code): return code
        case .stopped(let signal): return 128 + signal
        }
    }
}
