#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that a crash, a power cut or a full disk never leaves it torn:
/// temporary file in the same directory, written fully, fsynced, renamed over the target,
/// then the directory fsynced. Permissions, owner and group are kept (the owner and group as
/// far as the process may set them: root may, anyone may keep their own), a symlink stays a
/// symlink (the file it points to is replaced), and the previous version is kept as FILE.bak.
/// A file whose mode gives its owner no write permission, or that has other hard links (which
/// the rename would leave with the old version), is not replaced unless the caller says so
/// (`Options.replacesProtected`). A failure names the user's file, never the temporary one.
public struct DurableWriter: Sendable {
    public let fileSystem: any FileSystem

    public init(fileSystem: any FileSystem) { self.fileSystem = fileSystem }

    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let dir = String(path[..<slash])
        return dir.isEmpty ? "/" : dir
    }

    public static func backupPath(for path: String) -> String { path + ".bak" }

    /// How a write treats what is already there.
    public struct Options: Sendable {
        /// Permission bits for the new file; nil keeps the old file's (or 0666 less the umask).
        public var mode: UInt32?
        /// Keep the previous version as FILE.bak.
        public var keepsBackup: Bool
        /// Replace the file a symlink points to (the link stays); false replaces the link itself.
        public var followsLinks: Bool
        /// Replace a write-protected or hard-linked file without asking (the user has been asked).
        public var replacesProtected: Bool

        public init(mode: UInt32? = nil, keepsBackup: Bool = true, followsLinks: Bool = true, replacesProtected: Bool = false) {
            self.mode = mode
            self.keepsBackup = keepsBackup
            self.followsLinks = followsLinks
            self.replacesProtected = replacesProtected
        }

        /// A review: permissions and links kept, previous version in FILE.bak.
        public static let review = Options()
        /// A private sidecar file (recovery data): 0600, no backup, a planted link replaced, not followed.
        public static let privateSidecar = Options(mode: 0o600, keepsBackup: false, followsLinks: false, replacesProtected: true)
        /// A generated file (a report): no backup, since it can be made again at will.
        public static let generated = Options(keepsBackup: false)
    }

    /// Returns the status of the written file.
    @discardableResult
    public func write(_ bytes: [UInt8], to path: String, options: Options = .review) throws(FileSystemError) -> FileStatus? {
        try write(to: path, options: options) { file throws(FileSystemError) in try file.append(bytes) }
    }

    /// The temporary file a write fills, part by part, before it replaces the target.
    public final class File {
        fileprivate let fileSystem: any FileSystem
        fileprivate let descriptor: Int32
        fileprivate let path: String

        fileprivate init(fileSystem: any FileSystem, descriptor: Int32, path: String) {
            self.fileSystem = fileSystem
            self.descriptor = descriptor
            self.path = path
        }

        /// Writes the next part of the contents.
        public func append(_ bytes: [UInt8]) throws(FileSystemError) {
            try fileSystem.write(descriptor, bytes, path: path)
        }

        /// Writes over part of what has been appended, from `offset` (a header whose figures
        /// are known only at the end).
        public func write(_ bytes: [UInt8], at offset: Int) throws(FileSystemError) {
            try fileSystem.write(descriptor, bytes, at: offset, path: path)
        }

        /// The hash of the first `length` bytes written, read back in 64 KB parts (after a
        /// `write(_:at:)`, the text as it now stands, never held whole).
        public func hash(length: Int) throws(FileSystemError) -> ContentHash {
            var hasher = ContentHash.Hasher()
            var offset = 0
            while offset < length {
                let part = try fileSystem.readBack(descriptor, count: min(1 << 16, length - offset), at: offset, path: path)
                if part.isEmpty { throw FileSystemError(operation: "read", path: path, code: EIO) }
                hasher.combine(part)
                offset += part.count
            }
            return hasher.hash
        }
    }

    /// Writes what `contents` appends, so the whole text need never be in memory at once (a
    /// review is written in parts as it is encoded); then as above. An error thrown by `contents`
    /// leaves the target as it was. Returns the status of the written file.
    @discardableResult
    public func write(to path: String, options: Options = .review,
                      contents: (File) throws(FileSystemError) -> Void) throws(FileSystemError) -> FileStatus? {
        let target = options.followsLinks ? fileSystem.resolveLinks(path) : path
        let existing = try fileSystem.status(target)
        if let existing, existing.kind != .regular {
            throw FileSystemError(operation: "save over", path: path, code: existing.kind == .directory ? EISDIR : EINVAL)
        }
        if let existing, !options.replacesProtected,
           let reason = DurableWriter.reasonToAsk(existing, otherNames: options.keepsBackup ? backupNames(of: target, existing) : 0) {
            throw FileSystemError(operation: "save over", path: path, code: EPERM, detail: reason, needsConfirmation: true)
        }
        let directory = DurableWriter.directory(of: target)
        let name = target.split(separator: "/").last.map(String.init) ?? target
        let temporary = "\(directory)/.\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor: Int32
        do { descriptor = try fileSystem.createExclusive(temporary) } catch { throw error.about(path, as: "save") }
        do {
            try contents(File(fileSystem: fileSystem, descriptor: descriptor, path: temporary))
            if let existing { keepOwner(of: existing, descriptor: descriptor, path: temporary) }
            try fileSystem.setMode(descriptor, options.mode ?? existing?.mode ?? DurableWriter.defaultMode(), path: temporary)
            try fileSystem.sync(descriptor, path: temporary)
            try fileSystem.close(descriptor, path: temporary)
        } catch {
            _ = try? fileSystem.close(descriptor, path: temporary)
            fileSystem.remove(temporary)
            throw error.about(path, as: "save")
        }
        if existing != nil, options.keepsBackup {
            // Link the current file under a temporary name, then rename that over FILE.bak, so a
            // crash at any point leaves a whole FILE.bak (removing the old one first left a window
            // with none). A backup that cannot be made (no hard links here) does not stop the save.
            let backup = DurableWriter.backupPath(for: target)
            let pendingBackup = "\(directory)/.\(name).bak.tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            if (try? fileSystem.link(target, as: pendingBackup)) != nil {
                _ = try? fileSystem.rename(pendingBackup, to: backup)
                // Gone after a rename, but still there if FILE.bak already was this same file.
                fileSystem.remove(pendingBackup)
            }
        }
        do {
            try fileSystem.rename(temporary, to: target)
        } catch {
            fileSystem.remove(temporary)
            throw error.about(path, as: "save")
        }
        try fileSystem.syncDirectory(directory)
        return try fileSystem.status(target)
    }

    /// Why replacing this file needs the user's word, or nil: its mode gives its owner no write
    /// permission (by the mode bits, so for root too), or it has other names (hard links) that
    /// the new file would not be, so they would keep the old version.
    /// `otherNames` of the file's links are this writer's own (see `backupNames`), not counted.
    static func reasonToAsk(_ existing: FileStatus, otherNames: Int = 0) -> String? {
        if existing.mode & 0o200 == 0 {
            return "the file is write-protected (mode \(String(existing.mode & 0o777, radix: 8)))"
        }
        let links = existing.linkCount - otherNames
        if links > 1 {
            return "the file has \(links) hard links; saving splits them (the other names keep the old version)"
        }
        return nil
    }

    /// How many of the file's extra names are backups this writer made: FILE.bak, and a
    /// `.FILE.bak.tmp-PID-N` a save killed between linking the backup and renaming it leaves.
    /// Looked for only when the file has more than one name.
    private func backupNames(of target: String, _ existing: FileStatus) -> Int {
        guard existing.linkCount > 1 else { return 0 }
        let directory = DurableWriter.directory(of: target)
        let name = target.split(separator: "/").last.map(String.init) ?? target
        let pending = (try? fileSystem.entries(of: directory))?.filter { $0.hasPrefix(".\(name).bak.tmp-") } ?? []
        return ([DurableWriter.backupPath(for: target)] + pending.map { "\(directory)/\($0)" }).filter { path in
            guard let status = (try? fileSystem.status(path)) ?? nil else { return false }
            return status.inode == existing.inode && status.device == existing.device
        }.count
    }

    /// Gives the new file the old one's owner and group, as far as this process may: root may
    /// set both; anyone else keeps the file their own and may keep a group they belong to. What
    /// cannot be kept leaves the new file this process's (as any new file), never a failed save.
    private func keepOwner(of existing: FileStatus, descriptor: Int32, path: String) {
        let process = fileSystem.processOwner
        guard existing.owner != process.user || existing.group != process.group else { return }
        if (try? fileSystem.setOwner(descriptor, owner: existing.owner, group: existing.group, path: path)) != nil { return }
        _ = try? fileSystem.setOwner(descriptor, owner: process.user, group: existing.group, path: path)
    }

    /// 0666 less the process umask, as a new file would get.
    static func defaultMode() -> UInt32 {
        let mask = umask(0o022)
        umask(mask)
        return UInt32(0o666 & ~mask)
    }
}
