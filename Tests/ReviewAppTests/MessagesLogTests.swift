import Foundation
import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// A message longer than the status line is readable in full in the messages log, with the
/// local time it was shown; the status line says which key opens the log.
final class MessagesLogTests: XCTestCase {
    private func press(_ keys: [Key], _ state: inout AppState) {
        for key in keys { _ = AppUpdate.update(&state, .key(key)) }
    }

    /// The text of the log's box, its wrapped lines joined again.
    private func logText(_ state: AppState) -> String {
        AppTestSupport.screen(state).dropFirst(4).prefix(state.size.height - 7)
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " │▲▼█")) }.joined(separator: " ")
    }

    private func assertCutOnTheStatusLineAndWholeInTheLog(_ text: String, _ state: AppState, file: StaticString = #filePath,
                                                          line: UInt = #line) {
        var state = state
        let status = AppTestSupport.screen(state)[state.size.height - 2]
        XCTAssertFalse(status.contains(text), "the status line cannot hold it", file: file, line: line)
        XCTAssertTrue(status.hasSuffix("M more"), status, file: file, line: line)
        press([.char("M")], &state)
        XCTAssertTrue(logText(state).contains(text), "\(text) in \(logText(state))", file: file, line: line)
    }

    func testALongReadinessMessage() throws {
        var state = try AppTestSupport.state("coventry-warwickshire")
        press([.char("2"), .down, .down, .char("s")], &state)
        let text = try XCTUnwrap(state.message?.text)
        XCTAssertTrue(text.hasSuffix("readiness 0/10 assured"), text)
        assertCutOnTheStatusLineAndWholeInTheLog(text, state)
    }

    func testTheReadOnlyNoticeNamingWhoHoldsTheFile() throws {
        var state = try AppTestSupport.state("coventry-warwickshire")
        state.session.readOnlyReason = "Alice Jones on board-office-pc (process 4242) since Wed 2 Dec 07:28 has this file open"
        press([.char("2"), .char("e")], &state)
        let text = try XCTUnwrap(state.message?.text)
        XCTAssertTrue(text.contains("Alice Jones on board-office-pc"), text)
        assertCutOnTheStatusLineAndWholeInTheLog(text, state)
    }

    func testABudgetWarningWithBothNumbers() throws {
        var state = try AppTestSupport.state("coventry-warwickshire")
        press([.char("W"), .enter], &state)
        let text = try XCTUnwrap(state.message?.text)
        XCTAssertTrue(text.contains("813,954") && text.contains("1,006,232"), text)
        assertCutOnTheStatusLineAndWholeInTheLog(text, state)
    }

    func testAShortMessageHasNoHint() throws {
        var state = try AppTestSupport.state("coventry-warwickshire")
        press([.char("u")], &state)
        XCTAssertFalse(AppTestSupport.screen(state)[22].hasSuffix("M more"))
    }

    func testTheProgramStampsEachMessageWithItsLocalTime() throws {
        var state = try AppTestSupport.state("coventry-warwickshire")
        state.session.timeZone = try XCTUnwrap(TimeZone(identifier: "America/New_York"))
        state.say("Opened")
        var program = ReviewProgram(state: state, environment: AppEnvironment(save: { request, _, _ in .saved(AppTestSupport.written(request)) },
                                                                               now: { "2026-12-02T07:28:44Z" }))
        AppTestSupport.press([.char("u"), .char("M")], &program)
        XCTAssertEqual(program.state.messageLog.map(\.text), ["Opened", "Nothing to undo"])
        XCTAssertEqual(program.state.messageLog.map(\.at), ["2026-12-02T07:28:44Z", "2026-12-02T07:28:44Z"])
        let screen = AppTestSupport.screen(program.state)
        XCTAssertTrue(screen.contains { $0.contains("Wed 2 Dec 02:28 Opened") }, "\n" + screen.joined(separator: "\n"))
        XCTAssertTrue(screen.contains { $0.contains("Wed 2 Dec 02:28 Nothing to undo") })
    }

    func testErrorsAreMarkedAndRepeatsKeptOnceAndEscCloses() throws {
        var state = try AppTestSupport.state("coventry-warwickshire")
        press([.char("Z"), .char("Z"), .char(":")] + AppTestSupport.type("messages") + [.enter], &state)
        XCTAssertEqual(state.messageLog.filter { $0.text.hasPrefix("Z: no such key") }.count, 1)
        XCTAssertTrue(AppTestSupport.screen(state).contains { $0.contains("now ! Z: no such key here") })
        press([.escape], &state)
        guard case .normal = state.mode else { return XCTFail("Esc closes the log") }
    }
}
