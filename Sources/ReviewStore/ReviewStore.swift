import ReviewModel

/// Why a review could not be loaded. Exit codes follow the CLI conventions.
public enum ReviewLoadError: Error, Sendable, CustomStringConvertible {
    /// Missing, unreadable, a directory, a FIFO, too large: exit 2.
    case unreadable(path: String, reason: String)
    /// Not JSON: exit 2.
    case syntax(path: String, error: JSONSyntaxError)
    /// Written by a newer merger-review: exit 2.
    case newerSchema(path: String, found: Int)
    /// JSON, but not a valid review: exit 1.
    case invalid(path: String, problems: [LocatedIssue])

    public var exitCode: Int32 {
        if case .invalid = self { return 1 }
        return 2
    }

    /// One line per problem, each naming the file.
    public var lines: [String] {
        switch self {
        case .unreadable(let path, let reason): return ["\(path): cannot read: \(reason)"]
        case .syntax(let path, let error):
            return ["\(path): line \(error.line), column \(error.column): not valid JSON: \(error.message)"]
        case .newerSchema(let path, let found):
            return ["\(path): $.schemaVersion: schemaVersion \(found) is newer than this merger-review understands (\(Review.currentSchemaVersion)); upgrade merger-review to open it"]
        case .invalid(let path, let problems): return ProblemListing.lines(problems, file: path)
        }
    }

    public var description: String { lines.joined(separator: "\n") }
}

/// Identity of the file as loaded, to notice when someone else changed it on disk.
public struct FileFingerprint: Hashable, Sendable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int
    public var modifiedSeconds: Int
    public var modifiedNanoseconds: Int
    /// ctime: a same-size rewrite whose modification time is set back (`touch -r`) still moves it.
    public var changedSeconds: Int
    public var changedNanoseconds: Int

    public init(_ status: FileStatus) {
        device = status.device
        inode = status.inode
        size = status.size
        modifiedSeconds = status.modifiedSeconds
        modifiedNanoseconds = status.modifiedNanoseconds
        changedSeconds = status.changedSeconds
        changedNanoseconds = status.changedNanoseconds
    }
}

public struct LoadedReview: Sendable {
    public var review: Review
    /// Validation warnings (errors refuse the load).
    public var warnings: [LocatedIssue]
    public var fingerprint: FileFingerprint?
    /// FNV-1a of the bytes as loaded: with the fingerprint, tells a real change by someone
    /// else from a `touch` (see ExternalChange), and ties a recovery file to its base.
    public var contentHash: ContentHash? = nil
}

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

    /// The current fingerprint, or nil when the file is gone.
    public func fingerprint(of path: String) -> FileFingerprint? {
        (try? fileSystem.status(path)).flatMap { $0 }.map(FileFingerprint.init)
    }

    /// Writes durably; returns the new fingerprint. A write-protected or hard-linked file is
    /// replaced only when `replacingProtected` (the user said so): otherwise the error says why
    /// and has `needsConfirmation`.
    @discardableResult
    public func save(_ review: Review, to path: String, replacingProtected: Bool = false) throws(FileSystemError) -> FileFingerprint? {
        try saveReportingHash(review, to: path, replacingProtected: replacingProtected).fingerprint
    }

    /// Writes durably; returns the new fingerprint and the hash of the bytes written (to tell a
    /// later change by someone else from this save without encoding the review again).
    public func saveReportingHash(_ review: Review, to path: String, replacingProtected: Bool = false) throws(FileSystemError)
        -> (fingerprint: FileFingerprint?, contentHash: ContentHash) {
        var hash = ContentHash(value: 0)
        var options = DurableWriter.Options.review
        options.replacesProtected = replacingProtected
        let status = try DurableWriter(fileSystem: fileSystem).write(to: path, options: options) { file throws(FileSystemError) in
            hash = try ReviewCodec.encode(review, to: file).hash
        }
        return (status.map(FileFingerprint.init), hash)
    }
}

/// Bytes to review and back, with validation.
public enum ReviewCodec {
    public static func encode(_ review: Review) -> [UInt8] {
        ReviewWriter.write(review)
    }

    /// Writes the text `encode` gives into a file being written, in parts of 64 KB as it is
    /// encoded (the whole text is never held at once); returns the hash and length of all of it.
    public static func encode(_ review: Review, to file: DurableWriter.File) throws(FileSystemError)
        -> (hash: ContentHash, length: Int) {
        var hasher = ContentHash.Hasher()
        var length = 0
        var failure: FileSystemError?
        ReviewWriter.write(review, chunkSize: 1 << 16) { part in
            hasher.combine(part)
            length += part.count
            // After a failure the rest is encoded (cheaply) but not written: the save fails.
            guard failure == nil else { return }
            do throws(FileSystemError) { try file.append(part) } catch { failure = error }
        }
        if let failure { throw failure }
        return (hasher.hash, length)
    }

    public static func decode(_ bytes: [UInt8], path: String = "<input>") throws(ReviewLoadError) -> LoadedReview {
        let document = try parseAndCheckVersion(bytes, path: path)
        return try decode(document: consume document, path: path) { try? RawDocument(bytes) }
    }

    /// Builds and validates the review from a checked document, consuming the document (its
    /// bytes are let go before validation). `again` gives the document again when validation
    /// reports problems, for their line numbers.
    static func decode(document: consuming RawDocument, path: String,
                       document again: () -> RawDocument?) throws(ReviewLoadError) -> LoadedReview {
        let (decoded, problems) = ReviewDecoder.decode(consume document)
        guard let review = decoded else { throw .invalid(path: path, problems: problems) }
        let validation = Validation.validate(review)
        var issues: [LocatedIssue] = []
        if !validation.isEmpty {
            // Every problem's line in one pass over the document, however many problems there are.
            let lines = again().map { JSONPathLookup.lines(of: validation.map(\.path), in: $0) }
            issues = validation.indices.map { LocatedIssue(validation[$0], line: lines?[$0]) }
        }
        let errors = issues.filter { $0.severity == .error }
        if !errors.isEmpty { throw .invalid(path: path, problems: issues) }
        return LoadedReview(review: review, warnings: issues, fingerprint: nil)
    }

    /// Reads the document's structure without refusing validation errors: for state the app
    /// wrote itself (a recovery file), where an edit in progress may not yet validate.
    static func decodeStructure(_ bytes: [UInt8], path: String) throws(ReviewLoadError) -> Review {
        let document = try parseAndCheckVersion(bytes, path: path)
        let (decoded, problems) = ReviewDecoder.decode(consume document)
        guard let review = decoded else { throw .invalid(path: path, problems: problems) }
        return review
    }

    /// `releasing`: the caller keeps no other reference to `bytes` (see `RawDocument.release`).
    static func parseAndCheckVersion(_ bytes: consuming [UInt8], path: String,
                                     releasing: Bool = false) throws(ReviewLoadError) -> RawDocument {
        let document: RawDocument
        do { document = try RawDocument(consume bytes, releasing: releasing) } catch { throw .syntax(path: path, error: error) }
        let root = document.root
        if document.isObject(root) {
            let versions = document.members(root).filter { $0.key == "schemaVersion" }
            if versions.count > 1 {
                // Which one counts is not for this program to guess (nor is "newer" the problem).
                throw .invalid(path: path, problems: [LocatedIssue(ValidationIssue(.error, "$.schemaVersion",
                    "the field appears twice; keep one"), line: versions[1].node.line)])
            }
            if let version = versions.first?.node {
                if case .number(let text) = document.value(version), let number = Int(text) {
                    if number > Review.currentSchemaVersion { throw .newerSchema(path: path, found: number) }
                    if number < 1 {
                        throw .invalid(path: path, problems: [LocatedIssue(ValidationIssue(.error, "$.schemaVersion",
                            "\(number) is not a schema version; this program writes \(Review.currentSchemaVersion)"), line: version.line)])
                    }
                } else {
                    throw .invalid(path: path, problems: [LocatedIssue(ValidationIssue(.error, "$.schemaVersion",
                        "expected a whole number such as \(Review.currentSchemaVersion)"), line: version.line)])
                }
            } else {
                throw .invalid(path: path, problems: [LocatedIssue(ValidationIssue(.error, "$.schemaVersion",
                    "is missing; add \"schemaVersion\": \(Review.currentSchemaVersion)"), line: root.line)])
            }
        }
        return document
    }
}
