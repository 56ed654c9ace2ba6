import XCTest
import TerminalToolkit

final class ScrollBoxTests: XCTestCase {
    private let lines = (1...8).map { Span("line \($0)") }

    func testBoxShowsItsLinesTitleKeysAndWhereItIs() {
        var buffer = Buffer(width: 30, height: 6)
        ScrollBox(title: "Log", lines: lines, keys: "Esc").render(in: buffer.area, buffer: &buffer, scroll: 2)
        XCTAssertEqual(buffer.lines(), [
            "┌ Log ───────────────────────┐",
            "│ line 3                    ▲│",
            "│ line 4                    ││",
            "│ line 5                    █│",
            "│ line 6                    ▼│",
            "└─────────── 3-6 of 8 · Esc ─┘",
        ])
    }

    func testScrollIsClampedAndAShortListHasNoGutter() {
        var buffer = Buffer(width: 20, height: 5)
        ScrollBox(title: "", lines: Array(lines.prefix(2)), keys: "Esc").render(in: buffer.area, buffer: &buffer, scroll: 9)
        XCTAssertEqual(buffer.lines()[1], "│ line 1           │")
        XCTAssertEqual(buffer.lines()[4], "└──────────── Esc ─┘")
    }

    func testHighlightedLinesAreDrawnAcrossTheRow() {
        var buffer = Buffer(width: 20, height: 6)
        ScrollBox(title: "", lines: lines, keys: "", highlighted: 1..<3, highlightStyle: .reverse)
            .render(in: buffer.area, buffer: &buffer, scroll: 0)
        XCTAssertEqual(buffer[1, 2].style, .reverse, "the margin too")
        XCTAssertEqual(buffer[10, 3].style, .reverse)
        XCTAssertEqual(buffer[10, 1].style, .plain)
        XCTAssertEqual(buffer[10, 4].style, .plain)
    }

    func testScrollToShowMovesAsLittleAsPossible() {
        let box = Rect(x: 0, y: 0, width: 20, height: 6)   // four text rows
        XCTAssertEqual(ScrollBox.scroll(0, toShow: 2..<4, box: box), 0)
        XCTAssertEqual(ScrollBox.scroll(0, toShow: 5..<7, box: box), 3)
        XCTAssertEqual(ScrollBox.scroll(6, toShow: 2..<4, box: box), 2)
        XCTAssertEqual(ScrollBox.scroll(0, toShow: 3..<10, box: box), 3, "a tall entry shows from its start")
    }

    func testWrapIndentsContinuationLines() {
        let box = Rect(x: 0, y: 0, width: 16, height: 6)   // text 11 wide
        let wrapped = ScrollBox.wrap([Span("one two three four five")], box: box, hangingIndent: 2)
        XCTAssertEqual(wrapped.map(\.text), ["one two", "  three", "  four five"])
    }
}
