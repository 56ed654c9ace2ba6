import ReviewModel

/// A version of a review a person names to compare with: a file (a `.bak` copy, a sync
/// tool's conflicted copy, the copy kept for a meeting), or `git:REV`, the file at a git
/// revision read with `git show` (`git:REV:PATH` names the file; otherwise it is the file
/// it is compared with).
public struct ReviewVersion: Sendable {
    /// Why it could not be loaded, in lines that say what and where.
    public struct Failure: Error, Sendable {
        public var lines: [String]
    }

    public let spec: String

    public init(_ spec: String) { self.spec = spec }

    /// The file it names, when it names one.
    public var filePath: String? { spec.hasPrefix("git:") ? nil : spec }

    /// The revision and path of a `git:` version; the path defaults to `otherPath`.
    public func gitRevision(otherPath: String?) -> (revision: String, path: String?)? {
        guard spec.hasPrefix("git:") else { return nil }
        let rest = spec.dropFirst(4)
        if let colon = rest.firstIndex(of: ":") {
            return (String(rest[..<colon]), String(rest[rest.index(after: colon)...]))
        }
        return (String(rest), otherPath)
    }

    /// Loads and validates it; `otherPath` is the file a bare `git:REV` means.
    public func load(otherPath: String?, store: ReviewStore = ReviewStore()) throws(Failure) -> Review {
        guard let git = gitRevision(otherPath: otherPath) else {
            do { return try store.load(spec).review } catch { throw Failure(lines: error.lines) }
        }
        guard let path = git.path, !git.revision.isEmpty else {
            throw Failure(lines: ["\(spec): give the file as well, as git:REV:PATH, or name the file as the other review"])
        }
        let bytes: [UInt8]
        do {
            bytes = try GitShow.file(path, at: git.revision)
        } catch let failure as GitShow.Failure {
            throw Failure(lines: ["\(spec): \(failure.message)"])
        } catch {
            throw Failure(lines: ["\(spec): \(error)"])
        }
        do { return try ReviewCodec.decode(bytes, path: spec).review } catch { throw Failure(lines: error.lines) }
    }
}
