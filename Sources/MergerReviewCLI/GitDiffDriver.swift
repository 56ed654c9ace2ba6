import ArgumentParser
import Foundation
import ReviewModel
import ReviewStore

/// The diff driver git runs (`diff.merger-review.command`): PATH OLD-FILE OLD-HEX OLD-MODE
/// NEW-FILE NEW-HEX NEW-MODE. Prints the semantic diff under a line naming the file.
struct GitDiffDriver: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git-diff-driver", abstract: "The diff driver git runs for review files (see git-setup).",
        shouldDisplay: false)

    @Argument(help: "The arguments git passes to a diff command.")
    var arguments: [String]

    func run() throws {
        guard arguments.count >= 7 else {
            throw ValidationError("expected the seven arguments git passes: PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE")
        }
        let path = arguments[0], oldFile = arguments[1], newFile = arguments[4]
        printLine("merger-review diff \(path)")
        if oldFile == "/dev/null" { return printLine("    a new review") }
        if newFile == "/dev/null" { return printLine("    the review was removed") }
        let old = try ReviewSource(spec: oldFile).load(otherPath: nil)
        let new = try ReviewSource(spec: newFile).load(otherPath: nil)
        let comparison = ReviewComparison(from: old, to: new)
        printText(ComparisonText.plain(comparison, old: "the earlier \(path)", new: path))
    }
}
