/// A 64-bit FNV-1a hash of a file's bytes: cheap, stable across runs and platforms, and
/// enough to tell "the same bytes" from "different bytes" (it is not a security measure).
public struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    public let value: UInt64

    public init(value: UInt64) { self.value = value }

    public init(of bytes: some Sequence<UInt8>) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        value = hash
    }

    /// The hash of bytes given in parts: the same as `ContentHash(of:)` over the parts joined.
    public struct Hasher: Sendable {
        private var state: UInt64 = 0xcbf2_9ce4_8422_2325

        public init() {}

        public mutating func combine(_ bytes: [UInt8]) {
            var hash = state
            bytes.withUnsafeBufferPointer { buffer in
                for byte in buffer {
                    hash ^= UInt64(byte)
                    hash &*= 0x0000_0100_0000_01b3
                }
            }
            state = hash
        }

        public var hash: ContentHash { ContentHash(value: state) }
    }

    /// Sixteen lower-case hex digits.
    public var description: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Reads the sixteen hex digits `description` writes.
    public init?(hex: some StringProtocol) {
        let isHex = hex.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) || (0x41...0x46).contains($0) }
        guard hex.utf8.count == 16, isHex, let value = UInt64(hex, radix: 16) else { return nil }
        self.value = value
    }
}

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
