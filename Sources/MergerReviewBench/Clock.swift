#if canImport(Glibc)
import Glibc
#endif

/// Wall-clock time from CLOCK_MONOTONIC, in nanoseconds.
enum Clock {
    static func nanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }

    /// Runs `body` once and returns its duration in nanoseconds.
    static func time(_ body: () throws -> Void) rethrows -> UInt64 {
        let start = nanoseconds()
        try body()
        return nanoseconds() - start
    }
}
