#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReviewModel

/// Unsaved edits found on disk from a session that ended without saving.
public struct RecoveryInfo: Hashable, Sendable {
    /// Edits accepted since the last save (as the app counted them).
    public var changeCount: Int
    public var firstChangeAt: String
    public var lastChangeAt: String
    public var user: String
    public var host: String
    public var pid: Int32?
    /// Hash of the review file the edits were made on; compare with the file now to tell
    /// whether it changed since (someone else saved, or the session saved and then died
    /// before discarding).
    public var base: ContentHash?
    /// The whole review as it stood after the last edit.
    public var review: Review

    public init(changeCount: Int, firstChangeAt: String, lastChangeAt: String, user: String, host: String,
                pid: Int32?, base: ContentHash?, review: Review) {
        self.changeCount = changeCount
        self.firstChangeAt = firstChangeAt
        self.lastChangeAt = lastChangeAt
        self.user = user
        self.host = host
        self.pid = pid
        self.base = base
        self.review = review
    }
}

/// What is on disk where a recovery file would be.
public enum RecoveryState: Sendable {
    case none
    case available(RecoveryInfo)
    /// There is a file but it cannot be used; the reason is one line for the user, naming it.
    case unusable(reason: String)
}

/// A recovery file that cannot be read back, with why.
public struct RecoveryReadError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Keeps every accepted edit safe until it is saved: after each edit the app records the whole
/// resulting review in `FILE.recovery` beside the review (0600, symlinks resolved). The file is
/// replaced durably (temporary file, fsync, rename, directory fsync), so after a crash, a
/// kill -9 or a power cut it holds the state after the last recorded edit or the one before,
/// never a torn mixture. A header with the length and a checksum of the review text catches
/// anything else (a copy cut short, a hand edit). The app discards it after a successful save.
///
/// Format: `merger-review recovery 1`, then `key=value` lines (user, host, pid, base, changes,
/// first, last, length, checksum), an empty line, and the review exactly as the save would
/// write it, so `sed '1,/^$/d' FILE.recovery > rescued.json` gets the review out by hand.
public struct RecoveryJournal: Sendable {
    public static let magic = "merger-review recovery 1"

    public let reviewPath: String
    /// `FILE.recovery` beside the file the review path resolves to.
    public let recoveryPath: String
    /// Hash of the review file the edits are based on (LoadedReview.contentHash, or the hash
    /// of what was last saved); nil for a review not yet on disk.
    public var base: ContentHash?
    /// Time of the first edit recorded since the last save or discard.
    public private(set) var firstChangeAt: String?
    private let user: String
    private let host: String
    private let fileSystem: any FileSystem

    public init(reviewPath: String, base: ContentHash? = nil, fileSystem: any FileSystem = PosixFileSystem()) {
        self.reviewPath = reviewPath
        self.recoveryPath = RecoveryJournal.recoveryPath(for: reviewPath, fileSystem: fileSystem)
        self.base = base
        self.fileSystem = fileSystem
        user = ProcessIdentity.loginName()
        host = ProcessIdentity.hostName()
    }

    public static func recoveryPath(for reviewPath: String, fileSystem: any FileSystem = PosixFileSystem()) -> String {
        fileSystem.resolveLinks(reviewPath) + ".recovery"
    }

    /// Durably records the review after an accepted edit; `at` is the edit's UTC time
    /// (UTCTimestamp.now()). A failure means the edits are NOT protected: tell the user.
    public mutating func record(review: Review, changeCount: Int, at time: String) throws(FileSystemError) {
        let first = firstChangeAt ?? time
        let info = RecoveryInfo(changeCount: changeCount, firstChangeAt: first, lastChangeAt: time, user: user, host: host,
                                pid: getpid(), base: base, review: review)
        // The review is written in parts as it is encoded, never held whole: the header goes
        // first with room for the length and checksum (both of fixed width), which are filled
        // in once the review is written.
        try DurableWriter(fileSystem: fileSystem).write(to: recoveryPath, options: .privateSidecar) { file throws(FileSystemError) in
            try file.append(RecoveryJournal.header(info, length: 0, checksum: ContentHash(value: 0)))
            let body = try ReviewCodec.encode(info.review, to: file)
            try file.write(RecoveryJournal.header(info, length: body.length, checksum: body.hash), at: 0)
        }
        firstChangeAt = first
    }

    /// Continue a recovered session: later records keep the recovered first-change time and base.
    public mutating func resume(from info: RecoveryInfo) {
        firstChangeAt = info.firstChangeAt
        base = info.base
    }

    /// The unsaved edits on disk, or nil when there are none or the file is unusable (see
    /// `inspect()` for the reason, to warn the user).
    public func pending() -> RecoveryInfo? {
        if case .available(let info) = inspect() { return info }
        return nil
    }

    public func inspect() -> RecoveryState {
        let status: FileStatus?
        do { status = try fileSystem.status(recoveryPath) } catch {
            return .unusable(reason: "\(recoveryPath): cannot read: \(error.reason)")
        }
        guard let status else { return .none }
        guard status.kind == .regular else { return .unusable(reason: "\(recoveryPath): not a regular file") }
        let limit = ReviewStore.maximumFileSize + 65_536
        guard status.size <= limit else { return .unusable(reason: "\(recoveryPath): too large to be a recovery file") }
        do {
            let bytes = try fileSystem.readAll(recoveryPath, limit: limit)
            return .available(try RecoveryJournal.decode(bytes, path: recoveryPath))
        } catch let error as FileSystemError {
            return .unusable(reason: "\(recoveryPath): cannot read: \(error.reason)")
        } catch {
            return .unusable(reason: "\(error)")
        }
    }

    /// Removes the recovery file (after a successful save, or when the user declines to
    /// recover). Best effort: a file that cannot be removed is found again next time.
    public mutating func discard() {
        fileSystem.remove(recoveryPath)
        try? fileSystem.syncDirectory(DurableWriter.directory(of: recoveryPath))
        firstChangeAt = nil
    }

    // MARK: - The file

    public static func encode(_ info: RecoveryInfo) -> [UInt8] {
        let body = ReviewCodec.encode(info.review)
        return header(info, length: body.count, checksum: ContentHash(of: body)) + body
    }

    /// Everything before the review: the magic line, the fields, an empty line. The length is
    /// written with twelve digits (leading zeros) and the checksum with sixteen, so the header
    /// has the same size whatever they are (it is written before them, then again).
    static func header(_ info: RecoveryInfo, length: Int, checksum: ContentHash) -> [UInt8] {
        let digits = String(length)
        let paddedLength = String(repeating: "0", count: max(0, 12 - digits.count)) + digits
        let header = [
            magic,
            "user=\(LockHolder.clean(info.user))",
            "host=\(LockHolder.clean(info.host))",
            "pid=\(info.pid.map(String.init) ?? "")",
            "base=\(info.base?.description ?? "")",
            "changes=\(max(0, info.changeCount))",
            "first=\(LockHolder.clean(info.firstChangeAt))",
            "last=\(LockHolder.clean(info.lastChangeAt))",
            "length=\(paddedLength)",
            "checksum=\(checksum)",
        ].joined(separator: "\n") + "\n\n"
        return Array(header.utf8)
    }

    public static func decode(_ bytes: [UInt8], path: String = "<recovery>") throws(RecoveryReadError) -> RecoveryInfo {
        func fail(_ why: String) -> RecoveryReadError { RecoveryReadError(message: "\(path): \(why)") }
        guard bytes.starts(with: Array((magic + "\n").utf8)) else { throw fail("not a merger-review recovery file") }
        // The header ends at the first empty line; header values never hold line breaks.
        var end: Int?
        var i = 1
        while i < bytes.count && i < 16_384 {
            if bytes[i] == 0x0A && bytes[i - 1] == 0x0A { end = i; break }
            i += 1
        }
        guard let end else { throw fail("the header is cut short") }
        var fields: [Substring: String] = [:]
        let header = String(decoding: bytes[0..<end], as: UTF8.self)
        for line in header.split(separator: "\n").dropFirst() {
            guard let equals = line.firstIndex(of: "=") else { throw fail("a header line without '='") }
            fields[line[..<equals]] = String(line[line.index(after: equals)...])
        }
        let body = Array(bytes[(end + 1)...])
        guard let length = fields["length"].flatMap({ Int($0) }), length == body.count else {
            throw fail("the saved review is cut short (\(body.count) bytes where the header says \(fields["length"] ?? "nothing"))")
        }
        guard let checksum = fields["checksum"].flatMap({ ContentHash(hex: $0) }), checksum == ContentHash(of: body) else {
            throw fail("the saved review does not match its checksum; it was damaged or edited")
        }
        guard let changes = fields["changes"].flatMap({ Int($0) }), changes >= 0 else {
            throw fail("the number of changes is missing")
        }
        let review: Review
        do { review = try ReviewCodec.decodeStructure(body, path: path) } catch {
            throw fail("the saved review cannot be read: \(error.lines.first ?? "")")
        }
        let base: ContentHash?
        if let text = fields["base"], !text.isEmpty {
            guard let hash = ContentHash(hex: text) else { throw fail("the base file hash is not valid") }
            base = hash
        } else {
            base = nil
        }
        return RecoveryInfo(changeCount: changes, firstChangeAt: LockHolder.clean(fields["first"] ?? ""),
                            lastChangeAt: LockHolder.clean(fields["last"] ?? ""), user: LockHolder.clean(fields["user"] ?? ""),
                            host: LockHolder.clean(fields["host"] ?? ""), pid: fields["pid"].flatMap { Int32($0) },
                            base: base, review: review)
    }
}
