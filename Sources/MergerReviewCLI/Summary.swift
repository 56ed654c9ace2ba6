import ArgumentParser
import ReviewModel
import ReviewStore

#if canImport(Glibc)
import Glibc
#endif

struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print readiness, the next milestone, the preferred option and the budget totals.")

    @Argument(help: "A review file.")
    var file: String

    func run() throws {
        let loaded = try loadOrExit(file)
        for line in ReviewSummary(loaded.review).lines { printLine(line) }
    }
}
