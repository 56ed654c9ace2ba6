import ArgumentParser
import ReviewModel
import ReviewStore

#if canImport(Glibc)
import Glibc
#endif

struct Format: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rewrite review files in canonical form (sorted keys, two-space indent). Invalid files are left untouched.")

    @Argument(help: "Review files.")
    var files: [String]

    func run() throws {
        var worst: Int32 = 0
        for file in files {
            do {
                let loaded = try ReviewStore().load(file)
                try ReviewStore().save(loaded.review, to: file)
                printLine("\(file): formatted")
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
