#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReviewStore

/// The real file system, except that the process kills itself with SIGKILL right after its
/// Nth call that changes the disk (create, write, set permissions, fsync, close, rename, link,
/// remove, directory fsync): a crash at a chosen step of a save or a journal write.
final class CrashingFileSystem: FileSystem, @unchecked Sendable {
    private let real = PosixFileSystem()
    private var remaining: Int?

    init(crashAfter: Int?) { remaining = crashAfter }

    private func step() {
        guard let left = remaining else { return }
        remaining = left - 1
        if left <= 1 { kill(getpid(), SIGKILL) }
    }

    func status(_ path: String) throws(FileSystemError) -> FileStatus? { try real.status(path) }
    func resolveLinks(_ path: String) -> String { real.resolveLinks(path) }
    func readAll(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] { try real.readAll(path, limit: limit) }
    func createExclusive(_ path: String) throws(FileSystemError) -> Int32 {
        defer { step() }
        return try real.createExclusive(path)
    }
    func openForAppending(_ path: String) throws(FileSystemError) -> Int32 { try real.openForAppending(path) }
    func write(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws(FileSystemError) {
        try real.write(descriptor, bytes, path: path)
        step()
    }
    func write(_ descriptor: Int32, _ bytes: [UInt8], at offset: Int, path: String) throws(FileSystemError) {
        try real.write(descriptor, bytes, at: offset, path: path)
        step()
    }
    func setMode(_ descriptor: Int32, _ mode: UInt32, path: String) throws(FileSystemError) {
        try real.setMode(descriptor, mode, path: path)
        step()
    }
    func sync(_ descriptor: Int32, path: String) throws(FileSystemError) {
        try real.sync(descriptor, path: path)
        step()
    }
    func close(_ descriptor: Int32, path: String) throws(FileSystemError) {
        try real.close(descriptor, path: path)
        step()
    }
    func rename(_ from: String, to: String) throws(FileSystemError) {
        try real.rename(from, to: to)
        step()
    }
    func link(_ existing: String, as newPath: String) throws(FileSystemError) {
        try real.link(existing, as: newPath)
        step()
    }
    func remove(_ path: String) {
        real.remove(path)
        step()
    }
    func syncDirectory(_ path: String) throws(FileSystemError) {
        try real.syncDirectory(path)
        step()
    }
}
