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
        try EachReviewFile.run(files) { file, loaded in
            try ReviewStore().save(loaded.review, to: file)
            printLine("\(file): formatted")
            return 0
        }
    }
}
