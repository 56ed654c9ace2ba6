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
