#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

public enum LockOutcome: Sendable {
    case acquired(any HeldLock)
    /// Another live session (possibly in this same process) holds the review.
    case heldByOther(LockHolder)
    /// No lock could be taken at all (read-only directory, a lock path that is not a
    /// regular file, a file system without locks); the caller decides whether to go on.
    case unavailable(FileSystemError)
}
