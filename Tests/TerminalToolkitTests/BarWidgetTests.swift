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

    private let functionKeys = [FunctionKeyEntry(key: .function(1), label: "Help"), FunctionKeyEntry(key: .function(2), label: "Save"),
                                FunctionKeyEntry(key: .function(5), label: "Timeline", group: "Panes"),
                                FunctionKeyEntry(key: .function(6), label: "Tests", group: "Panes"),
                                FunctionKeyEntry(key: .function(10), label: "Quit")]

    private func bar(width: Int) -> String {
        var buffer = Buffer(width: width, height: 1)
        FunctionKeyBar(entries: functionKeys).render(in: buffer.area, buffer: &buffer)
        return buffer.lines()[0]
    }

    func testFunctionKeyBarGivesWayInStepsAndNeverCutsALabel() {
        XCTAssertEqual(bar(width: 40), "F1Help F2Save F5Timeline F6Tests F10Quit")
        XCTAssertEqual(bar(width: 36), "F1HelpF2SaveF5TimelineF6TestsF10Quit", "the gaps go first")
        XCTAssertEqual(bar(width: 33), "F1Help F2Save F5-F6Panes F10Quit", "then a group becomes a range")
        XCTAssertEqual(bar(width: 30), "F1HelpF2SaveF5-F6PanesF10Quit")
        XCTAssertEqual(bar(width: 20), "F1HelpF2SaveF10Quit", "then keys go from the right, quit kept")
        XCTAssertEqual(bar(width: 7), "F10Quit")
        XCTAssertEqual(bar(width: 5), "", "nothing rather than a cut label")
    }

    func testAClickOnAKeyOrItsLabelGivesTheKeyAndARangeOrAGapGivesNone() {
        let bar = FunctionKeyBar(entries: functionKeys)
        let wide = Rect(x: 0, y: 0, width: 40, height: 1)
        // "F1Help F2Save F5Timeline F6Tests F10Quit"
        XCTAssertEqual(bar.key(atColumn: 0, in: wide), .function(1))
        XCTAssertEqual(bar.key(atColumn: 5, in: wide), .function(1), "the label's last column")
        XCTAssertNil(bar.key(atColumn: 6, in: wide), "the gap")
        XCTAssertEqual(bar.key(atColumn: 7, in: wide), .function(2))
        XCTAssertEqual(bar.key(atColumn: 20, in: wide), .function(5))
        XCTAssertEqual(bar.key(atColumn: 39, in: wide), .function(10))
        // "F1Help F2Save F5-F6Panes F10Quit": the range stands for two keys.
        let narrow = Rect(x: 2, y: 0, width: 33, height: 1)
        XCTAssertEqual(bar.key(atColumn: 2, in: narrow), .function(1), "columns count from the area's left")
        XCTAssertNil(bar.key(atColumn: 20, in: narrow))
        XCTAssertEqual(bar.key(atColumn: 30, in: narrow), .function(10))
        XCTAssertNil(bar.key(atColumn: 34, in: narrow), "right of the last key")
    }

    func testFunctionKeyBarStylesKeysAndLabels() {
        var buffer = Buffer(width: 40, height: 1)
        FunctionKeyBar(entries: functionKeys, keyStyle: .bold, labelStyle: .reverse).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer[0, 0].style, .bold)
        XCTAssertEqual(buffer[2, 0].style, .reverse)
        XCTAssertEqual(buffer[6, 0].style, .plain, "the gap is unstyled")
    }

    func testFittedSpansCutTheFlexibleOneAndKeepWhatFollows() {
        let spans = [Span("Next: "), Span("Governing Bodies consider the case for change"), Span(", 22 May 2019 (today)")]
        let fitted = spans.fitted(toWidth: 40, flexible: 1)
        XCTAssertEqual(fitted.map(\.text).joined(), "Next: Governing Bo…, 22 May 2019 (today)")
        XCTAssertEqual(spans.fitted(toWidth: 80, flexible: 1), spans, "what fits is unchanged")
        XCTAssertEqual(spans.fitted(toWidth: 10, flexible: 1).map(\.text).joined(), "Next: Gov…",
                       "with no room for the date, the date goes and the title is cut")
    }
}
