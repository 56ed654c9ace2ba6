/// A lock on a review that this session holds until it releases it (`ReviewLock`, or a
/// simulated one in tests).
public protocol HeldLock: AnyObject, Sendable {
    var holder: LockHolder { get }
    /// Unlocks (and removes the lock file if it is still ours). Safe to call twice.
    func release()
}
