import ReviewModel
import ReviewStore

/// The file loop of the commands that take several review files (`format`, `validate`): each
/// file is loaded and handed to `body`, a file that fails prints its lines to standard error
/// and the next one goes on; at the end the worst exit status (a load error's, 2 for a file
/// that cannot be written, or what `body` returned) ends the command.
enum EachReviewFile {
    static func run(_ files: [String], _ body: (_ file: String, _ loaded: LoadedReview) throws -> Int32) throws {
        var worst: Int32 = 0
        for file in files {
            do {
                let loaded = try ReviewStore().load(file)
                worst = max(worst, try body(file, loaded))
            } catch let error as ReviewLoadError {
                for line in error.lines { printError(line) }
                worst = max(worst, error.exitCode)
            } catch let error as FileSystemError {
                printError(error.description)
                worst = 2
            }
        }
        if worst != 0 { throw ExitWithCode(code: worst) }
    }
}
