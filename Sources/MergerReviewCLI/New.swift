import ArgumentParser
import ReviewModel
import ReviewStore

#if canImport(Glibc)
import Glibc
#endif

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a blank review with NHS England's ten merger tests. Never overwrites a file.")

    @Option(name: .long, help: "Programme name.")
    var name = "New merger programme"

    @Argument(help: "The file to create.")
    var file: String

    func run() throws {
        let store = ReviewStore()
        if (try? store.fileSystem.status(file)) != nil {
            printError("\(file): already exists; merger-review new never overwrites a file. Choose another name.")
            throw ExitWithCode(code: 2)
        }
        let review = StandardTests.blankReview(name: name, asOf: Clock.today())
        do {
            try store.save(review, to: file)
        } catch {
            printError(error.description)
            throw ExitWithCode(code: 2)
        }
        printLine("Created \(file) with \(review.mergerTests.count) merger tests.")
    }
}
