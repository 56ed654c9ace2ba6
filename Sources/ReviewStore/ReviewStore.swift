import ReviewModel

/// Loads and saves reviews. Saving is always durable; failures leave the original intact.
public struct ReviewStore: Sendable {
    public static let maximumFileSize = 256 * 1024 * 1024
    public let fileSystem: any FileSystem

    public init(fileSystem: any FileSystem = PosixFileSystem()) { self.fileSystem = fileSystem }

    public func load(_ path: String) throws(ReviewLoadError) -> LoadedReview {
        let status: FileStatus?
        do { status = try fileSystem.status(path) } catch { throw .unreadable(path: path, reason: error.reason) }
        guard let status else {
            throw .unreadable(path: path, reason: "no such file; check the name, or create one with `merger-review new \(path)`")
        }
        switch status.kind {
        case .directory: throw .unreadable(path: path, reason: "it is a directory, not a review file")
        case .fifo, .other: throw .unreadable(path: path, reason: "it is not a regular file")
        case .regular: break
        }
        if status.size > ReviewStore.maximumFileSize {
            throw .unreadable(path: path, reason: "the file is \(status.size / 1_048_576) MB; the limit is \(ReviewStore.maximumFileSize / 1_048_576) MB")
        }
        let bytes: [UInt8]
        do { bytes = try fileSystem.readAll(path, limit: ReviewStore.maximumFileSize) } catch {
            throw .unreadable(path: path, reason: error.reason)
        }
        let contentHash = ContentHash(of: bytes)
        // The review is read straight from the bytes (no parse tree), whose memory goes back
        // as the lists in them are read, and which are freed once it is built, before
        // validation. Should validation find problems, their line numbers come from reading the
        // file again (when it still holds the same bytes).
        let document = try ReviewCodec.parseAndCheckVersion(consume bytes, path: path, releasing: true)
        let fileSystem = self.fileSystem
        var loaded = try ReviewCodec.decode(document: consume document, path: path) {
            guard let again = try? fileSystem.readAll(path, limit: ReviewStore.maximumFileSize),
                  ContentHash(of: again) == contentHash else { return nil }
            return try? RawDocument(again)
        }
        loaded.fingerprint = FileFingerprint(status)
        loaded.contentHash = contentHash
        return loaded
    }

    /// Writes durably; returns the new fingerprint. A write-protected or hard-linked file is
    /// replaced only when `replacingProtected` (the user said so): otherwise the error says why
    /// and has `needsConfirmation`.
    @discardableResult
    public func save(_ review: Review, to path: String, replacingProtected: Bool = false) throws(FileSystemError) -> FileFingerprint? {
        try save(review, adding: nil, to: path, replacingProtected: replacingProtected).fingerprint
    }

    /// Writes text `ReviewCodec` encoded durably, as `save` does.
    public func save(encoded bytes: [UInt8], to path: String) throws(FileSystemError) {
        _ = try DurableWriter(fileSystem: fileSystem).write(bytes, to: path, options: .review)
    }

    /// Writes durably, adding `entry` (when there is one) to the review's history with its
    /// `contentHash` filled in: the hash of the review's text without its history (as
    /// `ReviewCodec.contentHash` gives it). The review is encoded once, and its text goes to the
    /// file in 64 KB parts as it is encoded, never held whole (`ReviewCodec.encode(_:adding:to:)`).
    /// Returns the review as written, the new fingerprint and the hash of the bytes written (to
    /// tell a later change by someone else from this save without encoding the review again).
    public func save(_ review: Review, adding entry: HistoryEntry?, to path: String, replacingProtected: Bool = false)
        throws(FileSystemError) -> (review: Review, fingerprint: FileFingerprint?, contentHash: ContentHash) {
        var options = DurableWriter.Options.review
        options.replacesProtected = replacingProtected
        var written = review
        var hash = ContentHash(value: 0)
        let status = try DurableWriter(fileSystem: fileSystem).write(to: path, options: options) { file throws(FileSystemError) in
            if let entry {
                (written, hash) = try ReviewCodec.encode(review, adding: entry, to: file)
            } else {
                hash = try ReviewCodec.encode(review, to: file).hash
            }
        }
        return (written, status.map(FileFingerprint.init), hash)
    }
}
