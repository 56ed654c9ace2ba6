import ReviewModel

/// The append-only journal of accepted edits, `FILE.recovery` beside the review (0600).
///
/// A header names the saved file the records apply to (its content hash); then one record per
/// accepted edit, appended and fsynced before it counts as safe, and now and then a draft
/// record with the text of an editor still open. A record is
///
///     <kind> <length> <checksum>\n<body>\n
///
/// with `kind` `edit` or `draft`, `length` the body's bytes in decimal and `checksum` its
/// FNV-1a 64 in sixteen hex digits. An edit's body is `at=TIME changes=N`, a line break and the
/// `ReviewPatch` text; a draft's is `at=TIME`, a line break and the editor's text. Reading stops
/// at the first record that is incomplete or fails its checksum: a crash can only cut the last
/// record short, and everything before it is recovered.
public enum EditJournal {
    public static let magic = "merger-review journal 1"

    /// `FILE.recovery` beside the file the review path resolves to.
    public static func path(for reviewPath: String, fileSystem: any FileSystem) -> String {
        fileSystem.resolveLinks(reviewPath) + ".recovery"
    }

    public static func headerBytes(_ header: JournalHeader) -> [UInt8] {
        let text = [
            magic,
            "base=\(header.base?.description ?? "")",
            "user=\(LockHolder.clean(header.user))",
            "host=\(LockHolder.clean(header.host))",
            "pid=\(header.pid.map(String.init) ?? "")",
            "started=\(LockHolder.clean(header.started))",
        ].joined(separator: "\n") + "\n\n"
        return Array(text.utf8)
    }

    public static func recordBytes(_ record: JournalRecord) -> [UInt8] {
        let kind: String
        var body: [UInt8]
        switch record {
        case .edit(let edit):
            kind = "edit"
            body = Array("at=\(LockHolder.clean(edit.at)) changes=\(max(0, edit.changeCount))\n".utf8)
            body += edit.patch.encoded()
        case .draft(let draft):
            kind = "draft"
            body = Array("at=\(LockHolder.clean(draft.at))\n\(draft.text)".utf8)
        }
        return Array("\(kind) \(body.count) \(ContentHash(of: body))\n".utf8) + body + [0x0A]
    }

    public static func read(_ bytes: [UInt8], path: String = "<journal>") throws(JournalReadError) -> JournalContents {
        let magicLine = Array((magic + "\n").utf8)
        guard bytes.count >= magicLine.count else {
            // A file cut inside its first line: it was being created; nothing to recover.
            guard magicLine.starts(with: bytes) else { throw JournalReadError(message: "\(path): not a merger-review recovery file") }
            return JournalContents(header: nil, records: [], ignoredTailBytes: bytes.count)
        }
        guard bytes.starts(with: magicLine) else { throw JournalReadError(message: "\(path): not a merger-review recovery file") }
        var end: Int?
        var i = magicLine.count
        while i < bytes.count && i < 16_384 {
            if bytes[i] == 0x0A && bytes[i - 1] == 0x0A { end = i; break }
            i += 1
        }
        guard let end else { return JournalContents(header: nil, records: [], ignoredTailBytes: bytes.count) }
        var fields: [Substring: String] = [:]
        for line in String(decoding: bytes[magicLine.count..<end], as: UTF8.self).split(separator: "\n") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            fields[line[..<equals]] = LockHolder.clean(String(line[line.index(after: equals)...]))
        }
        let base: ContentHash?
        if let text = fields["base"], !text.isEmpty {
            guard let hash = ContentHash(hex: text) else { throw JournalReadError(message: "\(path): the base file hash is not valid") }
            base = hash
        } else {
            base = nil
        }
        let header = JournalHeader(base: base, user: fields["user"] ?? "", host: fields["host"] ?? "",
                                   pid: fields["pid"].flatMap { Int32($0) }, started: fields["started"] ?? "")
        var records: [JournalRecord] = []
        var position = end + 1
        while let (record, next) = readRecord(bytes, at: position) {
            records.append(record)
            position = next
        }
        return JournalContents(header: header, records: records, ignoredTailBytes: bytes.count - position)
    }

    /// The record at `start` and where the next one starts; nil when it is incomplete or damaged.
    static func readRecord(_ bytes: [UInt8], at start: Int) -> (JournalRecord, Int)? {
        guard start < bytes.count else { return nil }
        let limit = min(bytes.count, start + 64)
        guard let newline = bytes[start..<limit].firstIndex(of: 0x0A) else { return nil }
        let parts = String(decoding: bytes[start..<newline], as: UTF8.self).split(separator: " ")
        guard parts.count == 3, let length = Int(parts[1]), length >= 0, let checksum = ContentHash(hex: parts[2]) else { return nil }
        let bodyStart = newline + 1
        guard bytes.count - bodyStart > length, bytes[bodyStart + length] == 0x0A else { return nil }
        let body = bytes[bodyStart..<(bodyStart + length)]
        guard ContentHash(of: body) == checksum else { return nil }
        guard let metaEnd = body.firstIndex(of: 0x0A) else { return nil }
        var meta: [Substring: Substring] = [:]
        for field in String(decoding: body[body.startIndex..<metaEnd], as: UTF8.self).split(separator: " ") {
            guard let equals = field.firstIndex(of: "=") else { continue }
            meta[field[..<equals]] = field[field.index(after: equals)...]
        }
        let at = LockHolder.clean(String(meta["at"] ?? ""))
        let rest = body[(metaEnd + 1)...]
        let record: JournalRecord
        switch parts[0] {
        case "edit":
            guard let changes = meta["changes"].flatMap({ Int($0) }), let patch = ReviewPatch.decode(rest) else { return nil }
            record = .edit(JournalEdit(at: at, changeCount: changes, patch: patch))
        case "draft":
            record = .draft(JournalDraft(at: at, text: String(decoding: rest, as: UTF8.self)))
        default:
            return nil
        }
        return (record, bodyStart + length + 1)
    }

    /// The review after every edit of the journal, applied in order onto `base`; nil when an edit
    /// does not fit (the journal was made on another version of the file).
    public static func replay(_ contents: JournalContents, onto base: Review) -> Review? {
        var review = base
        for edit in contents.edits {
            guard let next = edit.patch.applied(to: review) else { return nil }
            review = next
        }
        return review
    }
}
