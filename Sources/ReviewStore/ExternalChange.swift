/// Whether someone else changed a review on disk since it was loaded (or last saved).
public enum ExternalChange: Hashable, Sendable {
    case unchanged
    /// Different bytes, or (without a content hash to compare) different metadata.
    case modified
    /// The path no longer names a file.
    case removed
    /// The file is there but cannot be read now (permissions changed, now a directory...).
    case unreadable(reason: String)

    /// Compares inode, size and modification time with the fingerprint. When they differ and
    /// a content hash is given, reads the file and compares bytes, so a `touch`, or a rewrite
    /// with identical bytes, is not reported as a change.
    public static func check(path: String, since fingerprint: FileFingerprint, contentHash: ContentHash? = nil,
                             fileSystem: any FileSystem = PosixFileSystem()) -> ExternalChange {
        let status: FileStatus?
        do { status = try fileSystem.status(path) } catch { return .unreadable(reason: error.reason) }
        guard let status else { return .removed }
        guard status.kind == .regular else { return .unreadable(reason: "it is no longer a regular file") }
        if FileFingerprint(status) == fingerprint { return .unchanged }
        guard let contentHash else { return .modified }
        if status.size > ReviewStore.maximumFileSize { return .modified }
        do {
            let bytes = try fileSystem.readAll(path, limit: ReviewStore.maximumFileSize)
            return ContentHash(of: bytes) == contentHash ? .unchanged : .modified
        } catch {
            return .unreadable(reason: error.reason)
        }
    }

    /// True unless the file is provably as it was: anything other than `.unchanged`.
    public static func hasChanged(path: String, since fingerprint: FileFingerprint, contentHash: ContentHash? = nil,
                                  fileSystem: any FileSystem = PosixFileSystem()) -> Bool {
        check(path: path, since: fingerprint, contentHash: contentHash, fileSystem: fileSystem) != .unchanged
    }
}
