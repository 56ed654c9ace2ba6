import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// Scripted key sessions: pane switching, movement, search across panes.
final class KeySessionTests: XCTestCase {
    func testPaneSwitchingByNumberTabAndFunctionKeys() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("lancashire-south-cumbria"))
        AppTestSupport.press([.char("3")], &program)
        XCTAssertEqual(program.state.pane, .appraisal)
        AppTestSupport.press([.tab], &program)
        XCTAssertEqual(program.state.pane, .budgets)
        AppTestSupport.press([.backTab, .backTab], &program)
        XCTAssertEqual(program.state.pane, .tests)
        AppTestSupport.press([.function(5)], &program)
        XCTAssertEqual(program.state.pane, .timeline)
        AppTestSupport.press([.backTab], &program)
        XCTAssertEqual(program.state.pane, .overview, "the Overview is first in the Tab cycle")
        AppTestSupport.press([.backTab], &program)
        XCTAssertEqual(program.state.pane, .decisions, "Shift-Tab wraps around")
        AppTestSupport.press([.tab, .tab], &program)
        XCTAssertEqual(program.state.pane, .timeline)
    }

    func testMovementInTheTestsPane() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("lancashire-south-cumbria"))
        AppTestSupport.press([.char("2"), .char("j"), .down], &program)
        XCTAssertEqual(program.state.tests.rows.selected, 2)
        AppTestSupport.press([.char("k")], &program)
        XCTAssertEqual(program.state.tests.rows.selected, 1)
        AppTestSupport.press([.end], &program)
        XCTAssertEqual(program.state.tests.rows.selected, 9)
        AppTestSupport.press([.home, .pageDown], &program)
        XCTAssertEqual(program.state.tests.rows.selected, 9, "a page is longer than ten tests")
        AppTestSupport.press([.char("g")], &program)
        XCTAssertEqual(program.state.review.mergerTests[9].rag, .green, "g is Green here, not 'top'")
    }

    func testTimelineStartsAtTheNextMilestoneAndMovesOneRowAtATime() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("coventry-warwickshire"))
        let review = program.state.review
        XCTAssertEqual(program.state.selectedMilestoneIndex.map { review.milestones[$0].id }, review.nextMilestone?.id)
        let before = program.state.timeline.rows.selected ?? 0
        AppTestSupport.press([.down], &program)
        XCTAssertEqual(program.state.timeline.rows.selected, before + 1)
        AppTestSupport.press([.end], &program)
        XCTAssertEqual(program.state.timeline.rows.selected, review.milestones.count - 1)
        let screen = AppTestSupport.screen(program.state).joined(separator: "\n")
        let last = review.milestonesInDateOrder.last?.title ?? "?"
        XCTAssertTrue(screen.contains(String(last.prefix(20))), "the last milestone is scrolled into view")
    }

    func testSearchWithNextAndPreviousAcrossPanes() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("lancashire-south-cumbria"))
        // From the Overview, the first pane: the search starts before every hit.
        AppTestSupport.press([.char("0"), .char("/")] + AppTestSupport.type("place") + [.enter], &program)
        let hits = program.state.search.hits
        XCTAssertGreaterThan(hits.count, 3)
        let panes = Set(hits.map(\.pane))
        XCTAssertTrue(panes.count >= 3, "hits in several panes: \(panes)")
        XCTAssertEqual(program.state.search.current, 0)
        XCTAssertEqual(program.state.pane, hits[0].pane)
        var visited: [Pane] = [program.state.pane]
        for _ in 1..<hits.count {
            AppTestSupport.press([.char("n")], &program)
            visited.append(program.state.pane)
            XCTAssertEqual(program.state.selectedItem.map { $0.pane }, program.state.pane)
        }
        XCTAssertEqual(Set(visited), panes, "n visits every pane with a hit")
        AppTestSupport.press([.char("n")], &program)
        XCTAssertEqual(program.state.search.current, 0, "n wraps to the first hit")
        XCTAssertTrue(program.state.message?.text.contains("1 of \(hits.count) · search wrapped") ?? false, "\(String(describing: program.state.message))")
        AppTestSupport.press([.char("N")], &program)
        XCTAssertEqual(program.state.search.current, hits.count - 1, "N goes back, wrapping")
        XCTAssertEqual(program.state.pane, hits[hits.count - 1].pane)
        AppTestSupport.press([.escape], &program)
        XCTAssertTrue(program.state.search.hits.isEmpty)
    }

    func testSearchSelectsTheMatchingTest() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("lancashire-south-cumbria"))
        AppTestSupport.press([.char("/")] + AppTestSupport.type("co-terminosity") + [.enter], &program)
        XCTAssertEqual(program.state.pane, .tests)
        XCTAssertEqual(program.state.tests.rows.selected, 1)
        XCTAssertTrue(program.state.message?.text.contains("/co-terminosity: 1 of") ?? false, "\(String(describing: program.state.message))")
    }

    func testUnknownKeysAndTooSmallNeverCrash() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("north-west-london", width: 20, height: 5))
        AppTestSupport.press([.char("Z"), .char("3"), .down, .right, .function(12)], &program)
        XCTAssertTrue(AppTestSupport.screen(program.state).joined().contains("too small"))
    }
}
