import Foundation
import ReviewModel
import ReviewStore
import XCTest

/// Two secretaries share a review through git: the merge driver merges by item and field,
/// a clash is kept as a conflict in the file, and `git diff` shows what changed.
final class GitCollaborationTests: XCTestCase {
    private var directory = ""
    private var review: String { "\(directory)/review.json" }

    override func setUpWithError() throws {
        directory = try BinaryRunner.temporaryDirectory()
        try git("init", "-q", "-b", "main")
        try git("config", "user.name", "Board Secretary")
        try git("config", "user.email", "secretary@example.nhs.uk")
        try FileManager.default.copyItem(atPath: BinaryRunner.fixture("lancashire-south-cumbria"), toPath: review)
    }

    func testTwoBranchesMergeByItemWithOneConflictOnTheRAG() throws {
        let setup = try BinaryRunner.run(["git-setup"], in: directory)
        XCTAssertEqual(setup.status, 0, setup.errors)
        XCTAssertEqual(try String(contentsOfFile: "\(directory)/.gitattributes", encoding: .utf8),
                       "*.json merge=merger-review diff=merger-review\n")
        XCTAssertTrue(try git("config", "merge.merger-review.driver").hasSuffix("merge %O %A %B -o %A\n"))
        try git("add", ".")
        try git("commit", "-q", "-m", "The review as the committee last saw it")

        // One secretary: a test's RAG and a budget line.
        try git("checkout", "-q", "-b", "finance")
        try edit { review in
            let test = try XCTUnwrap(review.mergerTests.firstIndex { $0.id == "test-savings" })
            review.mergerTests[test].rag = .amber
            let line = try XCTUnwrap(review.budgets.lines.firstIndex { $0.id == "b-alloc-blackburn-darwen" })
            review.budgets.lines[line].amount = Money(millions: Decimal(string: "272.0") ?? 0)
            // The paper's stated total moves with it, so the file stays free of warnings.
            let total = try XCTUnwrap(review.budgets.statedTotals.firstIndex { $0.id == "st-allocation" })
            review.budgets.statedTotals[total].value = Decimal(string: "2910.0") ?? 0
        }
        let diff = try git("diff")
        XCTAssertTrue(diff.contains("Changed merger test \"Cost savings\"\n    RAG: Unrated -> Amber"), diff)
        XCTAssertTrue(diff.contains("Amount: £271.3m -> £272.0m"), diff)
        try git("commit", "-q", "-am", "Cost savings Amber; programme budget revised")

        // The other: a new milestone and the same RAG, differently.
        try git("checkout", "-q", "main")
        try git("checkout", "-q", "-b", "governance")
        try edit { review in
            let test = try XCTUnwrap(review.mergerTests.firstIndex { $0.id == "test-savings" })
            review.mergerTests[test].rag = .red
            review.milestones.append(Milestone(id: "ms-shadow-board", title: "Shadow governing body first meets",
                                               date: .day(try XCTUnwrap(CalendarDate(year: 2019, month: 10, day: 1)))))
        }
        try git("commit", "-q", "-am", "Cost savings Red; shadow board added")

        try git("checkout", "-q", "finance")
        XCTAssertThrowsError(try git("merge", "-q", "governance"), "the RAG clash stops the merge")
        let merged = try ReviewStore().load(review).review
        XCTAssertEqual(merged.conflicts.map { "\($0.part) \($0.itemId) \($0.field ?? "")" }, ["mergerTests test-savings rag"])
        XCTAssertEqual(merged.mergerTests.first { $0.id == "test-savings" }?.rag, .amber, "ours until resolved")
        XCTAssertEqual(merged.budgets.lines.first { $0.id == "b-alloc-blackburn-darwen" }?.amount.plain, "272")
        XCTAssertNotNil(merged.milestones.first { $0.id == "ms-shadow-board" })
        XCTAssertFalse(try String(contentsOfFile: review, encoding: .utf8).contains("<<<<<<<"), "no text conflict markers")
        let strict = try BinaryRunner.run(["validate", "--strict", review])
        XCTAssertEqual(strict.status, 1, "a conflict left fails --strict")
        XCTAssertTrue(strict.output.contains("merge conflict on the RAG of merger test \"Cost savings\": ours Amber, theirs Red"),
                      strict.output)
        XCTAssertTrue(merged.history.last?.changes.first?.hasPrefix("Merged ") ?? false, "the merge is in the audit trail")

        // The app opens on the conflicts list; taking theirs and saving settles it.
        let session = try TmuxSession(arguments: [review], directory: directory)
        session.waitFor(text: "Conflicts from a merge: 1 left")
        XCTAssertTrue(session.screen().contains("Theirs Red"), session.screen())
        try session.send("t")
        session.waitFor(text: "All conflicts settled")
        try session.send("C-s")
        session.waitFor(text: "Saved")
        try session.send("q")
        XCTAssertEqual(session.waitForExit(), 0)
        let settled = try BinaryRunner.run(["validate", "--strict", review])
        XCTAssertEqual(settled.status, 0, settled.output + settled.errors)
        XCTAssertEqual(try ReviewStore().load(review).review.mergerTests.first { $0.id == "test-savings" }?.rag, .red)
        try git("commit", "-q", "-am", "Merged: cost savings agreed as Red")
    }

    func testTheMergeCommandExitsZeroWhenClean() throws {
        let ours = "\(directory)/ours.json", theirs = "\(directory)/theirs.json", out = "\(directory)/out.json"
        try FileManager.default.copyItem(atPath: review, toPath: ours)
        try FileManager.default.copyItem(atPath: review, toPath: theirs)
        var changed = try ReviewStore().load(theirs).review
        changed.actions.append(Action(id: "act-1", title: "Circulate the merger application"))
        try ReviewStore().save(changed, to: theirs)
        let result = try BinaryRunner.run(["merge", review, ours, theirs, "-o", out])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertEqual(try ReviewStore().load(out).review.actions.map(\.id), ["act-1"])
        let trouble = try BinaryRunner.run(["merge", review, ours, "\(directory)/missing.json", "-o", out])
        XCTAssertEqual(trouble.status, 2)
    }

    // MARK: Helpers

    private func edit(_ change: (inout Review) throws -> Void) throws {
        var loaded = try ReviewStore().load(review).review
        try change(&loaded)
        try ReviewStore().save(loaded, to: review)
    }

    @discardableResult
    private func git(_ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_PAGER"] = "cat"
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "git", code: Int(process.terminationStatus),
                          userInfo: [NSLocalizedDescriptionKey: "git \(arguments.joined(separator: " ")): \(errorText)"])
        }
        return String(decoding: data, as: UTF8.self)
    }
}
