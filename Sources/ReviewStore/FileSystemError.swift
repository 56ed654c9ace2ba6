#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed system call, with the operation, the path and the reason in words; or a file
/// a save will not replace without asking (`needsConfirmation`).
public struct FileSystemError: Error, Hashable, Sendable, CustomStringConvertible {
    public var operation: String
    public var path: String
    public var code: Int32
    /// The reason in words when the code alone does not say it ("it is write-protected").
    public var detail: String?
    /// Nothing failed: the file is one to replace only when the user says so (write-protected,
    /// or hard-linked); saving again with `DurableWriter.Options.replacesProtected` replaces it.
    public var needsConfirmation: Bool

    public init(operation: String, path: String, code: Int32, detail: String? = nil, needsConfirmation: Bool = false) {
        self.operation = operation
        self.path = path
        self.code = code
        self.detail = detail
        self.needsConfirmation = needsConfirmation
    }

    public var reason: String {
        if let detail { return detail }
        switch code {
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "the disk quota is exceeded"
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "the file system is read-only"
        case ENOENT: return "no such file or directory"
        case EISDIR: return "it is a directory"
        case EIO: return "an input/output error"
        default: return String(cString: strerror(code))
        }
    }

    /// The reason first, then the file: "the disk is full: cannot save review.json" (on an
    /// 80-column status line the reason is what must not be cut off).
    public var description: String { "\(reason): cannot \(operation) \(path)" }

    /// The same failure told about `path` (the user's file) as `operation`, rather than about
    /// the temporary file it happened to.
    func about(_ path: String, as operation: String) -> FileSystemError {
        FileSystemError(operation: operation, path: path, code: code, detail: detail, needsConfirmation: needsConfirmation)
    }
}
