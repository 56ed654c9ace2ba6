/// Notices a terminal that has gone away (SSH connection dropped without SIGHUP
/// reaching us). Then every read fails at once instead of waiting for its timeout,
/// and a naive loop spins at 100% CPU. Many failed reads in a row that each returned
/// well before the timeout mean the terminal is gone.
struct HangupDetector {
    /// How many immediate failures in a row count as a hang-up.
    var threshold = 50
    private(set) var consecutiveImmediateFailures = 0

    /// Records one read. Returns true when the terminal should be treated as gone.
    mutating func record(readFailed: Bool, elapsedMilliseconds: Int64, timeoutMilliseconds: Int) -> Bool {
        let immediate = elapsedMilliseconds * 4 < Int64(max(timeoutMilliseconds, 4))
        guard readFailed, immediate else {
            consecutiveImmediateFailures = 0
            return false
        }
        consecutiveImmediateFailures += 1
        return consecutiveImmediateFailures >= threshold
    }
}
