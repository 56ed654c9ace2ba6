import ReviewModel

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

    /// Writes the text `encode(_:adding:)` gives into a file being written, in parts of
    /// 64 KB as it is encoded, from one encoding (the whole text is never held at once): the
    /// entry's content hash is written over its place once known, and the hash of the file's
    /// bytes read back. Returns the review with the entry and that hash.
    public static func encode(_ review: Review, adding entry: HistoryEntry, to file: DurableWriter.File)
        throws(FileSystemError) -> (review: Review, hash: ContentHash) {
        var failure: FileSystemError?
        let written = ReviewWriter.write(review, addingEntry: entry, chunkSize: 1 << 16) { part in
            // After a failure the rest is encoded (cheaply) but not written: the save fails.
            guard failure == nil else { return }
            do throws(FileSystemError) { try file.append(part) } catch { failure = error }
        }
        if let failure { throw failure }
        try file.write(Array(written.contentHash.description.utf8), at: written.hashOffset)
        var recorded = review
        recorded.history = written.history
        return (recorded, try file.hash(length: written.length))
    }

    /// The hash a history entry records of what a save wrote: the hash of the text `encode`
    /// gives for the review without its history (an entry cannot hold the hash of itself),
    /// computed in parts, never holding the whole text.
    public static func contentHash(of review: Review) -> ContentHash {
        var content = review
        content.history = []
        var hasher = ContentHash.Hasher()
        ReviewWriter.write(content, chunkSize: 1 << 16) { hasher.combine($0) }
        return hasher.hash
    }

    /// The text of `review` with `entry` added to its history, the entry's content hash filled
    /// in (`contentHash(of:)`: the hash of the text without history), encoding the review once;
    /// and the review with it. The text a save adding `entry` writes, held in memory.
    public static func encode(_ review: Review, adding entry: HistoryEntry) -> (bytes: [UInt8], review: Review) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(ReviewWriter.room(for: review))
        let written = ReviewWriter.write(review, addingEntry: entry, chunkSize: 1 << 16) { bytes += $0 }
        bytes.replaceSubrange(written.hashOffset..<(written.hashOffset + 16), with: written.contentHash.description.utf8)
        var recorded = review
        recorded.history = written.history
        return (bytes, recorded)
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
