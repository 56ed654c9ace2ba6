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
    /// Reads up to `count` bytes from `offset` of a file open for writing (what `createExclusive`
    /// gives): fewer only at the end of the file.
    func readBack(_ descriptor: Int32, count: Int, at offset: Int, path: String) throws(FileSystemError) -> [UInt8]
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

    /// pread(2) on the descriptor, for file systems that hand out real ones.
    public func readBack(_ descriptor: Int32, count: Int, at offset: Int, path: String) throws(FileSystemError) -> [UInt8] {
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, filled in
            while filled < count {
                let read = pread(descriptor, buffer.baseAddress.map { $0 + filled }, count - filled, off_t(offset + filled))
                if read < 0 && errno == EINTR { continue }
                if read < 0 { failure = errno }
                if read <= 0 { return }
                filled += read
            }
        }
        if failure != 0 { throw FileSystemError(operation: "read", path: path, code: failure) }
        return bytes
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
