import XCTest
import TerminalToolkit

final class BarWidgetTests: XCTestCase {
    func testTabsMarkTheSelectedTabWithBrackets() {
        var buffer = Buffer(width: 34, height: 1)
        TabsBar(titles: ["Overview", "Timeline", "Budgets"], selected: 1).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), [" Overview [Timeline] Budgets"])
        XCTAssertEqual(buffer[10, 0].style, .reverse)
        XCTAssertEqual(buffer[1, 0].style, .plain)
    }

    func testTheFirstTabsGiveWaySoTheSelectedOneIsSeen() {
        let titles = ["0 Overview", "1 Timeline", "2 Tests", "3 Budgets"]
        var buffer = Buffer(width: 24, height: 1)
        TabsBar(titles: titles, selected: 3).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["… 2 Tests [3 Budgets]"])
        buffer = Buffer(width: 24, height: 1)
        TabsBar(titles: titles, selected: 0).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["[0 Overview] 1 Timeline"])
    }

    func testStatusBarPutsSegmentsLeftAndRight() {
        var buffer = Buffer(width: 40, height: 1)
        StatusBar(left: ["review.json", "modified"], right: ["F1 Help"], separator: " | ")
            .render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), [" review.json | modified         F1 Help"])
        XCTAssertEqual(buffer[39, 0].style, .reverse, "the bar's style fills the whole row")
    }

    func testStatusBarCutsTheLeftSideWhenCrowded() {
        var buffer = Buffer(width: 20, height: 1)
        StatusBar(left: ["a-very-long-file-name.json"], right: ["F1 Help"]).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), [" a-very-lo… F1 Help"])
    }
}
