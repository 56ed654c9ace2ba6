import Foundation
import XCTest
import ReviewModel
import ReviewStore
import TerminalToolkit
@testable import ReviewApp

/// A meeting in the app, then the board paper: every outcome recorded through the editor and
/// every action raised by quick capture is in the paper made from the app's review.
final class BoardPaperSessionTests: XCTestCase {
    private typealias Support = AppTestSupport


    func testOutcomesAndQuickActionsFromAMeetingAreInTheBoardPaper() throws {
        var program = Support.program(try Support.state("leicester-leicestershire-rutland"))
        let count = program.state.review.recommendations.count
        XCTAssertEqual(count, 6)
        // Letters pick the outcome: each press moves to the next label starting with it.
        let outcomes: [(keys: String, outcome: Outcome)] = [
            ("a", .approved), ("aa", .approvedWithAmendment), ("d", .deferred), ("r", .rejected), ("n", .noted), ("a", .approved),
        ]
        Support.press([.char("5")], &program)
        XCTAssertEqual(program.state.pane, .decisions)
        for (index, choice) in outcomes.enumerated() {
            XCTAssertEqual(program.state.selectedItem, .recommendation(index))
            Support.press([.char("e")], &program)
            Support.setField("Outcome", "", &program)
            Support.press(Support.type(choice.keys), &program)
            Support.setField("Decided on", "11 Dec 2018", &program)
            Support.setField("Minute", "WL/18/\(120 + index): \(choice.outcome.label), with the Board's thanks", &program)
            Support.press([.modified(.enter, .alt)], &program)
            XCTAssertFalse(Support.editorIsOpen(program), "recommendation \(index + 1): \(String(describing: program.state.message))")
            XCTAssertEqual(program.state.review.recommendations[index].outcome, choice.outcome)
            if index < count - 1 { Support.press([.char("j")], &program) }
        }

        // Two actions by quick capture: one on the last recommendation, one on the first merger test.
        Support.press([.char("x")] + Support.type("Write to NHS England with the decision") + [.tab] + Support.type("Accountable Officer")
                      + [.tab] + Support.type("8 Jan 2019") + [.enter], &program)
        Support.press([.char("2"), .char("x")] + Support.type("Draft the STP alignment evidence | annex B") + [.tab]
                      + Support.type("Director of Strategy") + [.tab] + Support.type("31 Jan 2019") + [.enter], &program)
        XCTAssertFalse(Support.editorIsOpen(program))
        let review = program.state.review
        XCTAssertEqual(review.actions.count, 2)
        XCTAssertEqual(review.actions.map(\.linkedItemId), [review.recommendations[5].id, review.mergerTests[0].id])

        let paper = BoardPaper.markdown(review, today: program.state.session.today)
        XCTAssertTrue(paper.contains("Board paper prepared on 23 November 2026"))
        let decisions = paper.components(separatedBy: "\n## Decisions\n")[1].components(separatedBy: "\n## Open actions\n")
        XCTAssertTrue(decisions[0].contains("Every recommendation has an outcome."), decisions[0])
        for (index, choice) in outcomes.enumerated() {
            let row = try XCTUnwrap(decisions[0].components(separatedBy: "\n").first { $0.hasPrefix("| \(index + 1) | ") })
            XCTAssertTrue(row.hasSuffix(" | \(choice.outcome.label) | 11 Dec 2018 | WL/18/\(120 + index): \(choice.outcome.label), with the Board's thanks |"),
                          row)
        }
        let actions = decisions[1]
        XCTAssertTrue(actions.contains("2 open, 0 overdue."), actions)
        XCTAssertTrue(actions.contains("| Write to NHS England with the decision | Accountable Officer | 8 Jan 2019 | Open |  | Recommendation: Note the commitment"),
                      actions)
        XCTAssertTrue(actions.contains("| Draft the STP alignment evidence \\| annex B | Director of Strategy | 31 Jan 2019 | Open |  | Test: Alignment with the STP/ICS |"),
                      actions)

        let csv = BoardPaper.csvTables(review, today: program.state.session.today)
        let actionsCSV = try XCTUnwrap(csv.first { $0.name == "actions" }).csv
        XCTAssertTrue(actionsCSV.contains("Write to NHS England with the decision,Accountable Officer,2019-01-08,"), actionsCSV)
        XCTAssertTrue(actionsCSV.contains(",2026-11-23,"), "raised at the meeting, the app's today: \(actionsCSV)")
    }

    func testExportCommandUsesTheDefaultPathAndTheAppsToday() throws {
        final class Exports: @unchecked Sendable { var calls: [(path: String, today: CalendarDate, tests: Int)] = [] }
        let exports = Exports()
        var state = try Support.state("leicester-leicestershire-rutland")
        state.session.filePath = "reviews/llr.json"
        var program = ReviewProgram(state: state, environment: AppEnvironment(
            save: { request, _, _ in .saved(AppTestSupport.written(request)) },
            export: { review, path, today in
                exports.calls.append((path, today, review.mergerTests.count))
                if path.hasPrefix("/full/") { return ExportOutcome(error: "cannot save over /full/paper.md: the disk is full") }
                return ExportOutcome(written: path.hasSuffix(".csv") ? ["tables-actions.csv", "tables-tests.csv"] : [path])
            }))
        Support.press([.char(":")] + Support.type("export") + [.enter], &program)
        XCTAssertEqual(exports.calls.first?.path, "reviews/llr-board-paper.md")
        XCTAssertEqual(exports.calls.first?.today, Support.today)
        XCTAssertEqual(exports.calls.first?.tests, 10)
        XCTAssertEqual(program.state.message?.text, "Exported reviews/llr-board-paper.md")
        Support.press([.char(":")] + Support.type("export tables.csv") + [.enter], &program)
        XCTAssertEqual(exports.calls.last?.path, "tables.csv")
        XCTAssertEqual(program.state.message?.text, "Exported 2 files: tables-actions.csv, tables-tests.csv",
                       "a .csv name names every file written, never one it did not write")
        Support.press([.char(":")] + Support.type("export /full/paper.md") + [.enter], &program)
        XCTAssertEqual(program.state.message?.isError, true)
        XCTAssertEqual(program.state.message?.text, "Export failed: cannot save over /full/paper.md: the disk is full")
    }
}
