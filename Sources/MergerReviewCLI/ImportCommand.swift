import ArgumentParser
import Foundation
import ReviewModel
import ReviewStore

extension CSVImportKind: ExpressibleByArgument {}

/// `merger-review import budgets|milestones|tests FILE.csv REVIEW [--apply]`: figures from a
/// spreadsheet, in the columns `report --format csv` writes.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read budgets, milestones or merger tests from a CSV file in the columns `report --format csv` writes.",
        discussion: """
            Ids are the keys: a row with an id the review has updates that item, a new id adds one, and items \
            the file does not mention are kept. Names of other things are not read back. Shows what would change; \
            writes only with --apply, and never when any row is invalid (every bad cell is listed with its row, \
            column and what to write). For tests, evidence.csv beside tests.csv (paper-evidence.csv beside \
            paper-tests.csv) is read too when it is there. \
            Exit status: 0 shown or written, 1 a bad cell or an import that would make the review invalid, \
            2 a file that cannot be read or written, or the review open in a session.
            """)

    @Argument(help: "What the file holds: budgets (budgets.csv), milestones (timeline.csv) or tests (tests.csv).")
    var kind: CSVImportKind

    @Argument(help: "The CSV file.")
    var csv: String

    @Argument(help: "The review file to change.")
    var review: String

    @Flag(name: .long, help: "Write the changes to the review (without it, only show them).")
    var apply = false

    /// evidence.csv beside tests.csv, or NAME-evidence.csv beside NAME-tests.csv.
    static func evidencePath(besides path: String) -> String? {
        let url = URL(fileURLWithPath: path)
        let name = url.lastPathComponent
        guard let range = name.range(of: "tests", options: [.backwards, .caseInsensitive]) else { return nil }
        return url.deletingLastPathComponent().appendingPathComponent(name.replacingCharacters(in: range, with: "evidence")).path
    }

    private func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            printError("merger-review import: cannot read \(path)")
            throw ExitWithCode(code: 2)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            printError("merger-review import: \(path) is not UTF-8 text; save it as CSV UTF-8")
            throw ExitWithCode(code: 2)
        }
        return text
    }

    func run() throws {
        let loaded = try loadOrExit(review)
        let text = try readText(csv)
        var evidencePath: String?
        if kind == .tests, let path = Self.evidencePath(besides: csv), FileManager.default.fileExists(atPath: path) {
            evidencePath = path
        }
        let evidence = try evidencePath.map(readText)
        let updated: Review
        switch CSVImport.apply(kind, csv: text, evidence: evidence, to: loaded.review) {
        case .success(let review):
            updated = review
        case .failure(let failure):
            let file = failure.file == .evidence ? evidencePath ?? csv : csv
            for issue in failure.issues { printError("\(file): \(issue.description)") }
            printError("Nothing was changed: \(failure.issues.count) problem\(failure.issues.count == 1 ? "" : "s") in \(file).")
            throw ExitWithCode(code: 1)
        }
        let source = csv + (evidencePath.map { " and \($0)" } ?? "")
        // The semantic diff, as `merger-review diff` shows it: each item with its changed fields.
        let comparison = ReviewComparison(from: loaded.review, to: updated)
        let changes = comparison.changes
        guard !changes.isEmpty else {
            printLine("No changes: \(review) already holds what \(source) \(evidencePath == nil ? "says" : "say").")
            return
        }
        printLine("\(changes.count) change\(changes.count == 1 ? "" : "s") from \(source):")
        printText(ComparisonText.plain(comparison, old: review, new: csv))
        guard apply else {
            printLine("Nothing written: run again with --apply to write these changes to \(review).")
            return
        }
        let errors = Validation.errors(in: updated)
        guard errors.isEmpty else {
            printError("Nothing was changed: with these rows \(review) would be invalid:")
            for issue in errors { printError("  \(issue.description)") }
            throw ExitWithCode(code: 1)
        }
        var lock: (any HeldLock)?
        switch ReviewLock.acquire(for: review) {
        case .acquired(let held): lock = held
        case .heldByOther(let holder):
            printError("merger-review import: \(holder.description) has \(review) open; nothing was changed. Import when it is closed.")
            throw ExitWithCode(code: 2)
        case .unavailable: lock = nil
        }
        defer { lock?.release() }
        do {
            try ReviewStore().save(updated, to: review)
        } catch {
            printError("merger-review import: \(error.description)")
            throw ExitWithCode(code: 2)
        }
        printLine("Wrote \(changes.count) change\(changes.count == 1 ? "" : "s") to \(review).")
    }
}
