import ReviewModel
import ReviewTestData
import TerminalToolkit
import XCTest
@testable import ReviewApp

/// `:since OLD` marks what changed since an earlier version in every pane, shows the earlier
/// values in the reader, follows edits, and `:since off` clears it. The earlier version is
/// loaded through the session's effects.
final class SinceMarksTests: XCTestCase {
    /// Coventry & Warwickshire at the last meeting and now: a test's RAG from Amber to Red, a
    /// milestone a month later, a budget line changed, an action added.
    private struct Versions {
        var old: Review
        var now: Review
        var testTitle: String
        var milestoneTitle: String
    }

    private func versions() throws -> Versions {
        let old = try ScriptedChanges.lastMeeting(AppTestSupport.review("coventry-warwickshire"))
        var now = old
        let (test, milestone) = try ScriptedChanges.nextMeeting(&now)
        now.actions.append(ScriptedChanges.engagementAction(due: nil))
        return Versions(old: old, now: now, testTitle: now.mergerTests[test].title, milestoneTitle: now.milestones[milestone].title)
    }

    /// Loads are recorded: update asks for them, the session carries them out.
    private final class Loads: @unchecked Sendable {
        var asked: [String] = []
    }

    private func program(_ versions: Versions, loads: Loads = Loads(), width: Int = 80, height: Int = 24) -> ReviewProgram {
        let state = AppState(review: versions.now, filePath: "review.json", size: Size(width: width, height: height),
                             theme: .monochrome, today: AppTestSupport.today, user: "secretary")
        let old = versions.old
        return ReviewProgram(state: state, environment: AppEnvironment(
            save: { request, _, _ in .saved(AppTestSupport.written(request)) },
            loadComparison: { source in
                loads.asked.append(source)
                return source == "board-2019-09.json" ? .success(old) : .failure(LoadFailure(message: "\(source): cannot read it"))
            }))
    }

    private func command(_ text: String, _ program: inout ReviewProgram) {
        AppTestSupport.press([.char(":")] + AppTestSupport.type(text) + [.enter], &program)
    }

    private func line(containing text: String, _ program: ReviewProgram) throws -> String {
        let screen = AppTestSupport.screen(program.state)
        return try XCTUnwrap(screen.first { $0.contains(text) }, "no line with \"\(text)\":\n" + screen.joined(separator: "\n"))
    }

    /// The status line, above the function-key bar.
    private func statusLine(_ program: ReviewProgram) -> String {
        let screen = AppTestSupport.screen(program.state)
        return screen.count >= 2 ? screen[screen.count - 2] : ""
    }

    func testSinceLoadsThroughTheSessionAndMarksChangedItemsInEveryPane() throws {
        let versions = try versions()
        let loads = Loads()
        var program = program(versions, loads: loads)
        command("since board-2019-09.json", &program)
        XCTAssertEqual(loads.asked, ["board-2019-09.json"], "the file is read by the session, once")
        XCTAssertTrue(statusLine(program).contains("Since board-2019-09.json: 3 ~ changed, 1 + added"), statusLine(program))

        AppTestSupport.press([.char("1"), .char("/")] + AppTestSupport.type("Agreed governance and reporting") + [.enter], &program)
        let milestone = try line(containing: String(versions.milestoneTitle.prefix(20)), program)
        XCTAssertTrue(milestone.hasPrefix(" ~") || milestone.hasPrefix("▶~"), milestone)

        AppTestSupport.press([.char("2")], &program)
        let test = try line(containing: String(versions.testTitle.prefix(20)), program)
        XCTAssertTrue(test.hasPrefix(" ~") || test.hasPrefix("▶~"), test)
        let unchanged = try line(containing: String(versions.now.mergerTests[0].title.prefix(20)), program)
        XCTAssertFalse(unchanged.dropFirst().hasPrefix("~"), "an unchanged test has no mark: \(unchanged)")

        AppTestSupport.press([.char("4")], &program)
        let coventry = try line(containing: "NHS Coventry", program)
        XCTAssertTrue(coventry.hasPrefix(" ~") || coventry.hasPrefix("▶~"), "the budgets row of the changed line is marked: \(coventry)")

        AppTestSupport.press([.char("5")], &program)
        let action = try line(containing: "Bring the engag", program)
        XCTAssertTrue(action.hasPrefix(" +") || action.hasPrefix("▶+"), action)
    }

    func testTheReaderShowsTheEarlierValueBesideTheValueNow() throws {
        let versions = try versions()
        var program = program(versions)
        command("since board-2019-09.json", &program)
        let index = try XCTUnwrap(versions.now.mergerTests.firstIndex { $0.title == versions.testTitle })
        AppTestSupport.press([.char("2")] + Array(repeating: .down, count: index) + [.enter], &program)
        guard case .reading = program.state.mode else { return XCTFail("Enter opens the reader: \(program.state.mode)") }
        let screen = AppTestSupport.screen(program.state).joined(separator: "\n")
        XCTAssertTrue(screen.contains("Since board-2019-09.json: changed (was → now)"), screen)
        XCTAssertTrue(screen.contains("RAG: Amber → Red"), screen)
    }

    func testTheMarksFollowEditsAndSinceOffClearsThemSayingSo() throws {
        let versions = try versions()
        var program = program(versions)
        command("since board-2019-09.json", &program)
        let index = try XCTUnwrap(versions.now.mergerTests.firstIndex { $0.title == versions.testTitle })
        AppTestSupport.press([.char("2")] + Array(repeating: .down, count: index) + [.char("a")], &program)
        XCTAssertEqual(program.state.review.mergerTests[index].rag, .amber, "the RAG is set back")
        XCTAssertNil(program.state.since?.change(part: "mergerTests", id: "test-community-engagement"), "back as it was: no mark")
        let test = try line(containing: String(versions.testTitle.prefix(20)), program)
        XCTAssertFalse(test.dropFirst().hasPrefix("~"), test)

        command("since off", &program)
        XCTAssertNil(program.state.since)
        XCTAssertTrue(statusLine(program).contains("Changes since board-2019-09.json no longer marked"), statusLine(program))
        AppTestSupport.press([.char("5")], &program)
        let action = try line(containing: "Bring the engag", program)
        XCTAssertFalse(action.dropFirst().hasPrefix("+"), action)
        command("since", &program)
        XCTAssertTrue(statusLine(program).contains("No changes are marked"), statusLine(program))
    }

    func testAVersionThatCannotBeReadIsAWarningAndMarksNothing() throws {
        var program = program(try versions())
        command("since git:HEAD~3", &program)
        XCTAssertNil(program.state.since)
        XCTAssertTrue(statusLine(program).contains("Cannot compare with git:HEAD~3: git:HEAD~3: cannot read it"), statusLine(program))
    }

    func testTheMarksFitTheSmallestTerminal() throws {
        let versions = try versions()
        var program = program(versions, width: 60, height: 16)
        command("since board-2019-09.json", &program)
        let index = try XCTUnwrap(versions.now.mergerTests.firstIndex { $0.title == versions.testTitle })
        AppTestSupport.press([.char("2")] + Array(repeating: .down, count: index), &program)
        let selected = try XCTUnwrap(AppTestSupport.screen(program.state).first { $0.hasPrefix("▶") })
        XCTAssertTrue(selected.hasPrefix("▶~") && selected.contains(String(versions.testTitle.prefix(8))), selected)
    }
}
