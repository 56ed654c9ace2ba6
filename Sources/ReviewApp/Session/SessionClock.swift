/// The time, as the session needs it: UTC timestamps for records and a monotonic count of
/// seconds for spacing draft records. Injected so the session runs on a fake clock in tests.
public struct SessionClock: Sendable {
    /// Now, UTC, as `2026-11-23T10:04:05Z`.
    public var timestamp: @Sendable () -> String
    /// Seconds from an arbitrary start, never going back.
    public var seconds: @Sendable () -> Double

    public init(timestamp: @escaping @Sendable () -> String, seconds: @escaping @Sendable () -> Double) {
        self.timestamp = timestamp
        self.seconds = seconds
    }
}
