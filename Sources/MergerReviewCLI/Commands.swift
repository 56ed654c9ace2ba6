import ArgumentParser
import ReviewModel
import ReviewStore
import TerminalToolkit

#if canImport(Glibc)
import Glibc
#endif

/// Exits with a code after printing to standard error.
struct ExitWithCode: Error {
    let code: Int32
}

/// One line to standard error, its control characters shown visibly: messages quote text
/// from the file (a bad value, an id), and no such text may drive the terminal.
func printError(_ line: String) {
    FileHandleOutput.standardError.write(TerminalText.visible(line) + "\n")
}

/// One line to standard output, its control characters shown visibly (see `TerminalText`).
func printLine(_ line: String) {
    print(TerminalText.visible(line))
}

enum FileHandleOutput {
    case standardError
    func write(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { fputs_bytes($0) }
    }
    private func fputs_bytes(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
        Glibc.write(2, buffer.baseAddress, buffer.count)
    }
}

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

func loadOrExit(_ file: String) throws -> LoadedReview {
    do {
        return try ReviewStore().load(file)
    } catch {
        for line in error.lines { printError(line) }
        throw ExitWithCode(code: error.exitCode)
    }
}

/// Today's date from the system clock, in local time.
enum Clock {
    static func today() -> CalendarDate {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? CalendarDate(dayNumber: Int(now) / 86_400)
    }
}

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
