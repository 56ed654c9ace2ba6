import Foundation
import ReviewModel
import ReviewStore

/// A review named on the command line of `diff`, `merge` and `report --since` (see
/// `ReviewVersion`): a file, or `git:REV`.
struct ReviewSource {
    let spec: String

    /// The file this source names, when it names one.
    var filePath: String? { ReviewVersion(spec).filePath }

    /// Loads the review. Every failure (unreadable, not JSON, not a valid review) is printed
    /// on standard error and ends the command with `troubleCode`.
    func load(otherPath: String?, troubleCode: Int32 = 2) throws -> Review {
        do {
            return try ReviewVersion(spec).load(otherPath: otherPath)
        } catch {
            for line in error.lines { printError(line) }
            throw ExitWithCode(code: troubleCode)
        }
    }
}
