#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An advisory lock on a review, so two sessions never edit the same file unawares.
///
/// The lock is `flock(LOCK_EX|LOCK_NB)` on a sidecar file, `FILE.lock` beside the review
/// (symlinks resolved), never on the review itself: every save renames a new file over the
/// review, so its inode changes. The lock file (0600) records who holds it. The kernel drops
/// the lock when its holder exits or is killed, so a lock file left behind is stale and the
/// next `acquire` simply takes it over. Hold the ReviewLock for as long as the review is
/// open: releasing it, or dropping the last reference, unlocks.
public final class ReviewLock: HeldLock, @unchecked Sendable {
    public let reviewPath: String
    public let lockPath: String
    public let holder: LockHolder
    /// Guarded by `mutex`; -1 once released.
    private var descriptor: Int32
    private let mutex = NSLock()

    private init(reviewPath: String, lockPath: String, holder: LockHolder, descriptor: Int32) {
        self.reviewPath = reviewPath
        self.lockPath = lockPath
        self.holder = holder
        self.descriptor = descriptor
    }

    deinit { release() }

    /// `FILE.lock` beside the file the review path resolves to.
    public static func lockPath(for reviewPath: String, fileSystem: any FileSystem = PosixFileSystem()) -> String {
        fileSystem.resolveLinks(reviewPath) + ".lock"
    }

    public static func acquire(for reviewPath: String) -> LockOutcome {
        let path = lockPath(for: reviewPath)
        // A holder that releases between our open and our flock has already unlinked the
        // file we locked; go round again so two sessions never lock different inodes.
        for _ in 0..<16 {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
            if fd < 0 {
                let code = errno
                if code == EINTR { continue }
                if code == EACCES || code == EPERM, let owner = ownerOfExistingFile(path) {
                    return .heldByOther(LockHolder(user: owner.user, host: "", pid: nil, since: owner.since, isConfirmed: false))
                }
                let operation = code == ELOOP ? "use a symbolic link as the lock file" : "create the lock file"
                return .unavailable(FileSystemError(operation: operation, path: path, code: code))
            }
            var opened = stat()
            guard fstat(fd, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG else {
                _ = close(fd)
                return .unavailable(FileSystemError(operation: "use something that is not a regular file as the lock file", path: path, code: EINVAL))
            }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let code = errno
                if code == EWOULDBLOCK || code == EAGAIN {
                    let holder = readHolder(fd, owner: opened.st_uid)
                    _ = close(fd)
                    return .heldByOther(holder)
                }
                _ = close(fd)
                if code == EINTR { continue }
                return .unavailable(FileSystemError(operation: "lock", path: path, code: code))
            }
            var current = stat()
            guard lstat(path, &current) == 0, current.st_ino == opened.st_ino, current.st_dev == opened.st_dev else {
                _ = close(fd)
                continue
            }
            let holder = LockHolder.current()
            let bytes = Array(holder.fileText.utf8)
            _ = ftruncate(fd, 0)
            _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
            _ = fchmod(fd, 0o600)
            return .acquired(ReviewLock(reviewPath: reviewPath, lockPath: path, holder: holder, descriptor: fd))
        }
        return .unavailable(FileSystemError(operation: "lock", path: path, code: EAGAIN))
    }

    /// Unlocks and removes the lock file (only if it is still ours). Safe to call twice.
    public func release() {
        mutex.lock()
        defer { mutex.unlock() }
        guard descriptor >= 0 else { return }
        // Unlink while still locked: a waiter that then gets the lock sees the file gone.
        var mine = stat(), there = stat()
        if fstat(descriptor, &mine) == 0, lstat(lockPath, &there) == 0,
           mine.st_ino == there.st_ino, mine.st_dev == there.st_dev {
            _ = unlink(lockPath)
        }
        _ = close(descriptor)
        descriptor = -1
    }

    /// The holder's details. A holder that has just locked may not have written them yet,
    /// so an empty file is read again for up to about 100 ms.
    private static func readHolder(_ fd: Int32, owner: uid_t) -> LockHolder {
        var holder = LockHolder(user: "", host: "", pid: nil, since: "")
        for attempt in 0..<50 {
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                holder = LockHolder.parse(Array(buffer[0..<count]))
                if holder.pid != nil { break }
            }
            if attempt < 49 { usleep(2_000) }
        }
        if holder.user.isEmpty { holder.user = ProcessIdentity.userName(uid: owner) ?? "" }
        return holder
    }

    private static func ownerOfExistingFile(_ path: String) -> (user: String, since: String)? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let seconds = Int(info.st_mtimespec.tv_sec)
        #else
        let seconds = Int(info.st_mtim.tv_sec)
        #endif
        return (ProcessIdentity.userName(uid: info.st_uid) ?? "uid \(info.st_uid)", UTCTimestamp.format(seconds))
    }
}
