#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the store needs from the operating system. Tests inject failures (a full disk, a
/// read-only directory) through this seam; durability and locking are built on it.
public protocol FileSystem: Sendable {
    /// Status of the file a path names, following symlinks; nil if it does not exist.
    func status(_ path: String) throws(FileSystemError) -> FileStatus?
    /// The file a symlink chain ends at (the path itself when it is not a link).
    func resolveLinks(_ path: String) -> String
    func readAll(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8]
    func createExclusive(_ path: String) throws(FileSystemError) -> Int32
    func write(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws(FileSystemError)
    /// Writes at `offset` of the file (over what is there), not moving on from the end.
    func write(_ descriptor: Int32, _ bytes: [UInt8], at offset: Int, path: String) throws(FileSystemError)
    func setMode(_ descriptor: Int32, _ mode: UInt32, path: String) throws(FileSystemError)
    func sync(_ descriptor: Int32, path: String) throws(FileSystemError)
    func close(_ descriptor: Int32, path: String) throws(FileSystemError)
    func rename(_ from: String, to: String) throws(FileSystemError)
    func link(_ existing: String, as newPath: String) throws(FileSystemError)
    func remove(_ path: String)
    func syncDirectory(_ path: String) throws(FileSystemError)
    /// Opens an existing file for appending (a symlink is refused, not followed).
    func openForAppending(_ path: String) throws(FileSystemError) -> Int32
    /// Takes the review's lock, or says who holds it (see `ReviewLock`).
    func acquireLock(for reviewPath: String) -> LockOutcome
}

extension FileSystem {
    /// open(2) with O_APPEND, for file systems that hand out real descriptors.
    public func openForAppending(_ path: String) throws(FileSystemError) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { throw FileSystemError(operation: "open", path: path, code: errno) }
        return descriptor
    }

    /// `ReviewLock.acquire`: flock(2) on `FILE.lock`.
    public func acquireLock(for reviewPath: String) -> LockOutcome {
        ReviewLock.acquire(for: reviewPath)
    }

    /// pwrite(2) on the descriptor, for file systems that hand out real ones.
    public func write(_ descriptor: Int32, _ bytes: [UInt8], at offset: Int, path: String) throws(FileSystemError) {
        var done = 0
        while done < bytes.count {
            let written = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress?.advanced(by: done), bytes.count - done, off_t(offset + done)) }
            if written < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(operation: "write", path: path, code: errno)
            }
            done += written
        }
    }
}

public struct FileStatus: Hashable, Sendable {
    public enum Kind: Sendable { case regular, directory, fifo, other }
    public var kind: Kind
    public var size: Int
    public var mode: UInt32
    public var device: UInt64
    public var inode: UInt64
    public var modifiedSeconds: Int
    public var modifiedNanoseconds: Int

    public init(kind: Kind, size: Int, mode: UInt32, device: UInt64 = 0, inode: UInt64 = 0,
                modifiedSeconds: Int = 0, modifiedNanoseconds: Int = 0) {
        self.kind = kind
        self.size = size
        self.mode = mode
        self.device = device
        self.inode = inode
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
    }
}

/// A failed system call, with the operation, the path and the reason in words.
public struct FileSystemError: Error, Hashable, Sendable, CustomStringConvertible {
    public var operation: String
    public var path: String
    public var code: Int32

    public init(operation: String, path: String, code: Int32) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    public var reason: String {
        switch code {
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "the disk quota is exceeded"
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "the file system is read-only"
        case ENOENT: return "no such file or directory"
        case EISDIR: return "it is a directory"
        case EIO: return "an input/output error"
        default: return String(cString: strerror(code))
        }
    }

    public var description: String { "cannot \(operation) \(path): \(reason)" }
}
