#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real file system, through POSIX calls.
public struct PosixFileSystem: FileSystem {
    public init() {}

    private func failure(_ operation: String, _ path: String) -> FileSystemError {
        FileSystemError(operation: operation, path: path, code: errno)
    }

    public func status(_ path: String) throws(FileSystemError) -> FileStatus? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw failure("read the status of", path)
        }
        let type = info.st_mode & S_IFMT
        let kind: FileStatus.Kind = type == S_IFREG ? .regular : type == S_IFDIR ? .directory : type == S_IFIFO ? .fifo : .other
        #if canImport(Darwin)
        let seconds = Int(info.st_mtimespec.tv_sec), nanos = Int(info.st_mtimespec.tv_nsec)
        let changed = Int(info.st_ctimespec.tv_sec), changedNanos = Int(info.st_ctimespec.tv_nsec)
        #else
        let seconds = Int(info.st_mtim.tv_sec), nanos = Int(info.st_mtim.tv_nsec)
        let changed = Int(info.st_ctim.tv_sec), changedNanos = Int(info.st_ctim.tv_nsec)
        #endif
        return FileStatus(kind: kind, size: Int(info.st_size), mode: UInt32(info.st_mode & 0o7777),
                          device: UInt64(info.st_dev), inode: UInt64(info.st_ino),
                          modifiedSeconds: seconds, modifiedNanoseconds: nanos,
                          changedSeconds: changed, changedNanoseconds: changedNanos,
                          owner: UInt32(info.st_uid), group: UInt32(info.st_gid), linkCount: Int(info.st_nlink))
    }

    public func resolveLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { return current }
            let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if target.hasPrefix("/") {
                current = target
            } else if let slash = current.lastIndex(of: "/") {
                current = String(current[...slash]) + target
            } else {
                current = target
            }
        }
        return current
    }

    public func readAll(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("open", path) }
        defer { _ = Glibc.close(descriptor) }
        // A regular file is read straight into one array of its size (growing an array by
        // doubling would hold the old and the new copy at once, up to twice the file); then on
        // to the end in parts, in case it grew meanwhile.
        var info = stat()
        let size = fstat(descriptor, &info) == 0 && info.st_mode & S_IFMT == S_IFREG ? min(Int(info.st_size), limit + 1) : 0
        var readError: Int32 = 0
        var result = [UInt8](unsafeUninitializedCapacity: size) { buffer, filled in
            while filled < size {
                let count = read(descriptor, buffer.baseAddress.map { $0 + filled }, size - filled)
                if count < 0 {
                    if errno == EINTR { continue }
                    readError = errno
                    return
                }
                if count == 0 { return }
                filled += count
            }
        }
        if readError != 0 { throw FileSystemError(operation: "read", path: path, code: readError) }
        if result.count > limit { throw FileSystemError(operation: "read", path: path, code: EFBIG) }
        if result.count < size { return result }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("read", path)
            }
            if count == 0 { return result }
            result.append(contentsOf: chunk[0..<count])
            if result.count > limit { throw FileSystemError(operation: "read", path: path, code: EFBIG) }
        }
    }

    public func createExclusive(_ path: String) throws(FileSystemError) -> Int32 {
        // Read and write: a save reads back what it wrote to hash it (`DurableWriter.File.hash`).
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure("create", path) }
        return descriptor
    }

    public func write(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws(FileSystemError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress?.advanced(by: offset), bytes.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure("write", path)
            }
            offset += written
        }
    }

    public func setMode(_ descriptor: Int32, _ mode: UInt32, path: String) throws(FileSystemError) {
        guard fchmod(descriptor, mode_t(mode)) == 0 else { throw failure("set the permissions of", path) }
    }

    public func sync(_ descriptor: Int32, path: String) throws(FileSystemError) {
        guard fsync(descriptor) == 0 else { throw failure("flush to disk", path) }
    }

    public func close(_ descriptor: Int32, path: String) throws(FileSystemError) {
        guard Glibc.close(descriptor) == 0 else { throw failure("close", path) }
    }

    public func rename(_ from: String, to: String) throws(FileSystemError) {
        guard Glibc.rename(from, to) == 0 else { throw failure("replace", to) }
    }

    public func link(_ existing: String, as newPath: String) throws(FileSystemError) {
        guard Glibc.link(existing, newPath) == 0 else { throw failure("link", newPath) }
    }

    public func remove(_ path: String) { _ = unlink(path) }

    public func syncDirectory(_ path: String) throws(FileSystemError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("open the directory", path) }
        defer { _ = Glibc.close(descriptor) }
        guard fsync(descriptor) == 0 else { throw failure("flush the directory", path) }
    }
}
