#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Who holds (or held) a review open, as written in its lock file.
public struct LockHolder: Hashable, Sendable, CustomStringConvertible {
    /// Login name; the lock file's owner when the file does not say.
    public var user: String
    public var host: String
    public var pid: Int32?
    /// When the lock was taken, `YYYY-MM-DDTHH:MM:SSZ`.
    public var since: String
    /// False when the lock file belongs to another account and cannot be opened, so whether
    /// a live session holds it could not be checked (it may be left by a killed session).
    public var isConfirmed: Bool

    public init(user: String, host: String, pid: Int32?, since: String, isConfirmed: Bool = true) {
        self.user = user
        self.host = host
        self.pid = pid
        self.since = since
        self.isConfirmed = isConfirmed
    }

    /// The holder this process would write: login name, host name, pid and now.
    public static func current(at time: String = UTCTimestamp.now()) -> LockHolder {
        LockHolder(user: ProcessIdentity.loginName(), host: ProcessIdentity.hostName(), pid: getpid(), since: time)
    }

    /// "alice on ward-server (process 4242) since 2020-01-30T09:15:00Z"
    public var description: String {
        var text = user.isEmpty ? "another session" : user
        if !host.isEmpty { text += " on \(host)" }
        if let pid { text += " (process \(pid))" }
        if !since.isEmpty { text += " since \(since)" }
        if !isConfirmed { text += " (could not check whether that session is still running)" }
        return text
    }

    /// The lock file's text: one `key=value` a line.
    public var fileText: String {
        "merger-review lock\nuser=\(Self.clean(user))\nhost=\(Self.clean(host))\npid=\(pid.map(String.init) ?? "")\nsince=\(Self.clean(since))\n"
    }

    /// Reads what `fileText` writes; unknown or missing fields are left empty, never a failure.
    public static func parse(_ bytes: [UInt8]) -> LockHolder {
        var holder = LockHolder(user: "", host: "", pid: nil, since: "")
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let equals = line.firstIndex(of: "=") else { continue }
            let value = clean(String(line[line.index(after: equals)...]))
            switch line[..<equals] {
            case "user": holder.user = value
            case "host": holder.host = value
            case "pid": holder.pid = Int32(value).flatMap { $0 > 0 ? $0 : nil }
            case "since": holder.since = value
            default: continue
            }
        }
        return holder
    }

    /// No control characters (they could drive the terminal) and a sane length.
    public static func clean(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.prefix(200).map {
            $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "?" : $0
        }))
    }
}

/// A lock on a review that this session holds until it releases it.
public protocol HeldLock: AnyObject, Sendable {
    var holder: LockHolder { get }
    /// Unlocks (and removes the lock file if it is still ours). Safe to call twice.
    func release()
}

public enum LockOutcome: Sendable {
    case acquired(any HeldLock)
    /// Another live session (possibly in this same process) holds the review.
    case heldByOther(LockHolder)
    /// No lock could be taken at all (read-only directory, a lock path that is not a
    /// regular file, a file system without locks); the caller decides whether to go on.
    case unavailable(FileSystemError)
}

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

    public var isHeld: Bool {
        mutex.lock()
        defer { mutex.unlock() }
        return descriptor >= 0
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

/// Who and where this process is, for lock files, recovery files and history entries.
public enum ProcessIdentity {
    /// getlogin_r, then $USER, then the password entry of the effective user.
    public static func loginName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        if getlogin_r(&buffer, buffer.count) == 0, let name = text(buffer), !name.isEmpty {
            return LockHolder.clean(name)
        }
        if let pointer = getenv("USER"), let name = String(validatingCString: pointer), !name.isEmpty {
            return LockHolder.clean(name)
        }
        return userName(uid: geteuid()) ?? "uid \(geteuid())"
    }

    public static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "" }
        return LockHolder.clean(text(buffer) ?? "")
    }

    /// The UTF-8 text before the first NUL of a C buffer.
    private static func text(_ buffer: [CChar]) -> String? {
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(validating: bytes, as: UTF8.self)
    }

    static func userName(uid: uid_t) -> String? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        // pw_name points into the buffer, so read it while the buffer is pinned.
        let name: String? = buffer.withUnsafeMutableBufferPointer { storage in
            guard let base = storage.baseAddress, getpwuid_r(uid, &entry, base, storage.count, &result) == 0, result != nil,
                  let name = entry.pw_name else { return nil }
            return String(validatingCString: name)
        }
        return name.map(LockHolder.clean)
    }
}

/// UTC timestamps as the file format writes them: `YYYY-MM-DDTHH:MM:SSZ`.
public enum UTCTimestamp {
    public static func now() -> String { format(Int(time(nil))) }

    public static func format(_ secondsSinceEpoch: Int) -> String {
        var seconds = time_t(secondsSinceEpoch)
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else { return "" }
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}
