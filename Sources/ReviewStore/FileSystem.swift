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
    /// Gives the open file this owner and group (fchown(2)); only root may give a file away.
    func setOwner(_ descriptor: Int32, owner: UInt32, group: UInt32, path: String) throws(FileSystemError)
    /// The names in a directory, without `.` and `..`.
    func entries(of directory: String) throws(FileSystemError) -> [String]
    /// Whether a process with this id is running (on this machine).
    func processExists(_ pid: Int32) -> Bool
    /// The effective user and group ids of this process: who a new file belongs to.
    var processOwner: (user: UInt32, group: UInt32) { get }
}

/// The real calls, for file systems (and test doubles) that do not need to change them.
extension FileSystem {
    public func setOwner(_ descriptor: Int32, owner: UInt32, group: UInt32, path: String) throws(FileSystemError) {
        guard fchown(descriptor, uid_t(owner), gid_t(group)) == 0 else {
            throw FileSystemError(operation: "set the owner of", path: path, code: errno)
        }
    }

    public func entries(of directory: String) throws(FileSystemError) -> [String] {
        guard let stream = opendir(directory) else { throw FileSystemError(operation: "list", path: directory, code: errno) }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    public func processExists(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        // EPERM: it exists but belongs to someone else.
        return kill(pid_t(pid), 0) == 0 || errno == EPERM
    }

    public var processOwner: (user: UInt32, group: UInt32) { (UInt32(geteuid()), UInt32(getegid())) }
}

extension FileSystem {
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
    /// The inode's change time (ctime): moves on any write, chmod, chown or link, and cannot
    /// be set back by `touch -r` as the modification time can.
    public var changedSeconds: Int
    public var changedNanoseconds: Int
    public var owner: UInt32
    public var group: UInt32
    /// How many names (hard links) the file has.
    public var linkCount: Int

    public init(kind: Kind, size: Int, mode: UInt32, device: UInt64 = 0, inode: UInt64 = 0,
                modifiedSeconds: Int = 0, modifiedNanoseconds: Int = 0, changedSeconds: Int = 0, changedNanoseconds: Int = 0,
                owner: UInt32 = 0, group: UInt32 = 0, linkCount: Int = 1) {
        self.kind = kind
        self.size = size
        self.mode = mode
        self.device = device
        self.inode = inode
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.changedSeconds = changedSeconds
        self.changedNanoseconds = changedNanoseconds
        self.owner = owner
        self.group = group
        self.linkCount = linkCount
    }
}

/// A failed system call, with the operation, the path and the reason in words; or a file
/// a save will not replace without asking (`needsConfirmation`).
public struct FileSystemError: Error, Hashable, Sendable, CustomStringConvertible {
    public var operation: String
    public var path: String
    public var code: Int32
    /// The reason in words when the code alone does not say it ("it is write-protected").
    public var detail: String?
    /// Nothing failed: the file is one to replace only when the user says so (write-protected,
    /// or hard-linked); saving again with `DurableWriter.Options.replacesProtected` replaces it.
    public var needsConfirmation: Bool

    public init(operation: String, path: String, code: Int32, detail: String? = nil, needsConfirmation: Bool = false) {
        self.operation = operation
        self.path = path
        self.code = code
        self.detail = detail
        self.needsConfirmation = needsConfirmation
    }

    public var reason: String {
        if let detail { return detail }
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

    /// The reason first, then the file: "the disk is full: cannot save review.json" (on an
    /// 80-column status line the reason is what must not be cut off).
    public var description: String { "\(reason): cannot \(operation) \(path)" }

    /// The same failure told about `path` (the user's file) as `operation`, rather than about
    /// the temporary file it happened to.
    func about(_ path: String, as operation: String) -> FileSystemError {
        FileSystemError(operation: operation, path: path, code: code, detail: detail, needsConfirmation: needsConfirmation)
    }
}
