import XCTest
import ReviewModel
import TerminalToolkit
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
}
