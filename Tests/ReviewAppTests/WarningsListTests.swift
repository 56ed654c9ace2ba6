import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// Every validation warning in full in one place, reached by a key named in help and on the
/// status line, each going to the item it concerns.
final class WarningsListTests: XCTestCase {
    private func open(_ fixture: String, width: Int = 80, height: Int = 24) throws -> AppState {
        var state = try AppTestSupport.state(fixture, width: width, height: height)
        state.openingWarnings = Validation.validate(state.review).filter { $0.severity == .warning }.map(\.message)
        _ = AppUpdate.update(&state, .key(.char("W")))
        return state
    }

    private func list(_ state: AppState) throws -> WarningsList {
        guard case .warnings(let list) = state.mode else { throw XCTSkip("the warnings list is not open") }
        return list
    }

    /// All the text the list shows, paging through it, with line breaks taken out.
    private func everything(_ state: AppState) throws -> String {
        var state = state
        var seen: [String] = []
        for _ in 0..<20 {
            seen += AppTestSupport.screen(state).dropFirst(4).prefix(state.size.height - 7)
            let before = try list(state).scroll
            _ = AppUpdate.update(&state, .key(.pageDown))
            if try list(state).scroll == before { break }
        }
        return seen.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " │▲▼█")) }.joined(separator: " ")
    }

    func testCoventryWarningsAreAllListedInFullAt80x24() throws {
        let state = try open("coventry-warwickshire")
        let issues = try list(state).issues
        XCTAssertEqual(issues.count, 4, "the strict warnings of Coventry & Warwickshire")
        let shown = try everything(state)
        for issue in issues {
            // Every word of every message is on screen at some scroll position, none cut.
            for word in issue.message.split(separator: " ") {
                XCTAssertTrue(shown.contains(word), "\"\(word)\" of \(issue.path) is shown")
            }
        }
        XCTAssertFalse(shown.contains("…"), "nothing is cut")
        XCTAssertTrue(shown.contains("813,954") && shown.contains("1,006,232"), "the budget warning gives both numbers")
    }

    func testTheKeyIsInHelpAndOnTheStatusLine() throws {
        let state = try AppTestSupport.state("coventry-warwickshire")
        let help = KeyTable.helpSections(for: .timeline).flatMap(\.entries)
        XCTAssertTrue(help.contains { $0.keys == "W" && $0.description.contains("warnings") })
        var withWarnings = state
        withWarnings.openingWarnings = ["a warning"]
        XCTAssertTrue(AppTestSupport.screen(withWarnings)[22].contains("W 1 warning"), AppTestSupport.screen(withWarnings)[22])
        XCTAssertEqual(KeyTable.openingWarningsNotice(count: 4), "4 validation warnings: W lists each in full and goes to it")
    }

    func testEnterGoesToTheStatedTotalOnTheBudgetsPane() throws {
        var state = try open("coventry-warwickshire")
        let issues = try list(state).issues
        let budget = try XCTUnwrap(issues.firstIndex { $0.path.hasPrefix("$.budgets.statedTotals[") })
        for _ in 0..<budget { _ = AppUpdate.update(&state, .key(.down)) }
        _ = AppUpdate.update(&state, .key(.enter))
        guard case .normal = state.mode else { return XCTFail("the list closes") }
        XCTAssertEqual(state.pane, .budgets)
        XCTAssertEqual(state.budgets.scope, .places)
        XCTAssertEqual(state.budgets.chartMeasure, state.review.budgets.statedTotals[1].measure)
        XCTAssertTrue(state.message?.text.contains("813,954") == true, "the message repeats the warning")
    }

    func testEnterGoesToTheKeyFigureOnTheOverview() throws {
        var state = try open("coventry-warwickshire")
        let issues = try list(state).issues
        let figure = try XCTUnwrap(issues.lastIndex { $0.path.hasPrefix("$.programme.keyFigures[") })
        _ = AppUpdate.update(&state, .key(.end))
        XCTAssertEqual(try list(state).selected, figure)
        let screenOfList = AppTestSupport.screen(state).joined(separator: "\n")
        XCTAssertTrue(screenOfList.contains("▶ \(figure + 1). Overview: a key figure"), screenOfList)
        _ = AppUpdate.update(&state, .key(.enter))
        XCTAssertEqual(state.pane, .overview)
        let label = state.review.programme.keyFigures[29].label
        XCTAssertTrue(AppTestSupport.screen(state)[3].hasPrefix(" \(label.prefix(40))"), "the figure is at the top of the Overview")
    }

    func testEnterGoesToAnItemOnItsPane() throws {
        var state = try AppTestSupport.state("lancashire-south-cumbria")
        state.mode = .warnings(WarningsList(issues: [ValidationIssue(.warning, "$.mergerTests[3].evidence[0].date", "check the date")]))
        _ = AppUpdate.update(&state, .key(.enter))
        XCTAssertEqual(state.pane, .tests)
        XCTAssertEqual(state.selectedItem, .evidence(test: 3, item: 0))
        XCTAssertEqual(WarningPlace(path: "$.actions[2].linkedItemId"), .item(.action(2)))
        XCTAssertEqual(WarningPlace(path: "$.conflicts[0]"), .conflict(0))
        XCTAssertEqual(WarningPlace(path: "$.programme.name"), .review)
    }

    func testAReviewWithoutWarningsSaysSo() throws {
        let state = try open("lancashire-south-cumbria")
        XCTAssertTrue(AppTestSupport.screen(state).joined().contains("No validation warnings."))
        var typed = try AppTestSupport.state("lancashire-south-cumbria")
        for key in [Key.char(":")] + AppTestSupport.type("warnings") + [.enter] { _ = AppUpdate.update(&typed, .key(key)) }
        XCTAssertNotNil(try? list(typed), ":warnings opens the list")
    }
}
