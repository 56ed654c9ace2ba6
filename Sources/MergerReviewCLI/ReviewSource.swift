import Foundation
import ReviewModel
import ReviewStore

/// A review named on the command line of `diff`, `merge` and `report --since`: a file
/// (a `.bak` copy or a sync tool's conflicted copy is a file like any other), or
/// `git:REV` (the review at a git revision, read with `git show`; the path is the other
/// file named, or given as `git:REV:PATH`).
struct ReviewSource {
    let spec: String

    /// The revision and path of a `git:` source; the path defaults to `otherPath`.
    func gitRevision(otherPath: String?) -> (revision: String, path: String?)? {
        guard spec.hasPrefix("git:") else { return nil }
        let rest = spec.dropFirst(4)
        if let colon = rest.firstIndex(of: ":") {
            return (String(rest[..<colon]), String(rest[rest.index(after: colon)...]))
        }
        return (String(rest), otherPath)
    }

    /// The file this source names, when it names one.
    var filePath: String? { spec.hasPrefix("git:") ? nil : spec }

    /// Loads the review. Every failure (unreadable, not JSON, not a valid review) is printed
    /// on standard error and ends the command with `troubleCode`.
    func load(otherPath: String?, troubleCode: Int32 = 2) throws -> Review {
        do {
            guard let git = gitRevision(otherPath: otherPath) else {
                return try ReviewStore().load(spec).review
            }
            guard let path = git.path, !git.revision.isEmpty else {
                printError("\(spec): give the file as well, as git:REV:PATH, or name the file as the other review")
                throw ExitWithCode(code: troubleCode)
            }
            let bytes = try GitShow.file(path, at: git.revision)
            return try ReviewCodec.decode(bytes, path: spec).review
        } catch let error as ReviewLoadError {
            for line in error.lines { printError(line) }
            throw ExitWithCode(code: troubleCode)
        } catch let error as GitShow.Failure {
            printError("\(spec): \(error.message)")
            throw ExitWithCode(code: troubleCode)
        }
    }
}
