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
        var worst: Int32 = 0
        for file in files {
            do {
                let loaded = try ReviewStore().load(file)
                for line in ProblemListing.lines(loaded.warnings, file: file) { printLine(line) }
                if strict && !loaded.warnings.isEmpty {
                    worst = max(worst, 1)
                    printLine("\(file): \(loaded.warnings.count) warning(s), treated as errors (--strict)")
                } else {
                    printLine("\(file): ok (\(loaded.warnings.count) warning\(loaded.warnings.count == 1 ? "" : "s"))")
                }
            } catch {
                for line in error.lines { printError(line) }
                worst = max(worst, error.exitCode)
            }
        }
        if worst != 0 { throw ExitWithCode(code: worst) }
    }
}
