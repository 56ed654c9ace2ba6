import ArgumentParser
import ReviewModel
import ReviewStore

#if canImport(Glibc)
import Glibc
#endif

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check review files and print every problem with its location.",
        discussion: "Exit status: 0 no errors (warnings are printed), 1 invalid data, 2 a file cannot be read or is not JSON.")

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Argument(help: "Review files (JSON).")
    var files: [String]

    func run() throws {
        try EachReviewFile.run(files) { file, loaded in
            for line in ProblemListing.lines(loaded.warnings, file: file) { printLine(line) }
            if strict && !loaded.warnings.isEmpty {
                printLine("\(file): \(loaded.warnings.count) warning(s), treated as errors (--strict)")
                return 1
            }
            printLine("\(file): ok (\(loaded.warnings.count) warning\(loaded.warnings.count == 1 ? "" : "s"))")
            return 0
        }
    }
}
