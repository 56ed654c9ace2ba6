import XCTest
import ReviewModel
import TerminalToolkit
import ReviewGenerator
@testable import ReviewApp

/// The Overview (key 0, first in the Tab cycle): who and what the programme is, readable at 80x24.
final class OverviewPaneTests: XCTestCase {
    func testKeyZeroOpensTheOverviewFirstInTheTabCycle() throws {
        var state = try AppTestSupport.state("coventry-warwickshire")
        _ = AppUpdate.update(&state, .key(.char("0")))
        XCTAssertEqual(state.pane, .overview)
        XCTAssertEqual(Pane.allCases.first, .overview)
        XCTAssertEqual(Pane.decisions.next, .overview, "Tab from the last pane comes back to the Overview")
        XCTAssertEqual(Pane.overview.previous, .decisions)
        let screen = AppTestSupport.screen(state).joined(separator: "\n")
        XCTAssertTrue(screen.contains("[0 Overview]"), screen)
        XCTAssertTrue(screen.contains("Accountable officer:"), screen)
    }

    func testTheOverviewScrollsToItsLastLine() throws {
        var state = try AppTestSupport.state("coventry-warwickshire")
        _ = AppUpdate.update(&state, .key(.char("0")))
        let last = OverviewView.lastOffset(state)
        XCTAssertGreaterThan(last, 0, "the Coventry & Warwickshire overview is longer than one screen")
        for _ in 0..<(last + 5) { _ = AppUpdate.update(&state, .key(.down)) }
        XCTAssertEqual(state.overviewOffset, last)
        let wrapped = OverviewView.lines(state, width: OverviewView.area(state).width)
        let screen = AppTestSupport.screen(state)
        XCTAssertTrue(screen.contains { $0.contains(wrapped[wrapped.count - 1].text) }, "the last line is on screen")
        XCTAssertTrue(wrapped.allSatisfy { $0.text.terminalWidth <= 78 }, "long text wraps")
    }

    /// Where the text is shows in a column of its own: no "↓ N more" over the last line.
    func testTheScrollPositionIsBesideTheTextNeverOverIt() throws {
        var state = try AppTestSupport.state("coventry-warwickshire")
        _ = AppUpdate.update(&state, .key(.char("0")))
        let area = OverviewView.area(state)
        let screen = AppTestSupport.screen(state)
        XCTAssertFalse(screen.contains { $0.contains("more") && $0.contains("↓") }, screen.joined(separator: "\n"))
        let lines = OverviewView.lines(state, width: area.width)
        for (row, line) in lines.prefix(area.height).enumerated() where !line.text.isEmpty {
            XCTAssertTrue(screen[area.y + row].contains(line.text), "line \(row) whole: \(line.text)")
        }
        XCTAssertEqual(screen[area.bottom - 1].last, "▼", "more below, in the gutter")
    }

    /// A programme with hundreds of organisations is summarised: the overview lists the first
    /// ones and says where the rest are, so it costs the same to draw at any size.
    func testLongListsAreCutWithWhereToReadThemAll() {
        let review = ReviewGenerator.generate(items: 100_000)
        XCTAssertGreaterThan(review.programme.organisations.count, OverviewView.listed)
        let state = AppState(review: review, filePath: "big.json", size: Size(width: 80, height: 24), theme: .monochrome,
                             today: AppTestSupport.today, user: "secretary")
        let paragraphs = OverviewView.paragraphs(state).map(\.text)
        let shown = review.programme.organisations.filter { organisation in paragraphs.contains { $0.hasPrefix(organisation.name) } }
        XCTAssertEqual(shown.count, OverviewView.listed)
        XCTAssertTrue(paragraphs.contains("…and \(review.programme.organisations.count - OverviewView.listed) more organisations: 4 Budgets lists them all"),
                      paragraphs.filter { $0.hasPrefix("…") }.joined(separator: "\n"))
    }
}
