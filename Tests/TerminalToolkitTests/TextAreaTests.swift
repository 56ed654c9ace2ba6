import XCTest
import TerminalToolkit

final class TextAreaTests: XCTestCase {
    private func area(_ text: String, width: Int = 11, height: Int = 3) -> TextArea {
        TextArea(text, size: Size(width: width, height: height))
    }

    private func press(_ keys: [Key], _ area: inout TextArea) {
        for key in keys { XCTAssertTrue(area.handle(key), "\(key) is an editing key") }
    }

    private func rows(_ area: TextArea) -> [String] {
        let characters = Array(area.text)
        return area.rows().map { String(characters[$0.start..<$0.end]) }
    }

    func testWrapsAtSpacesKeepingEveryCharacter() {
        let wrapped = area("the board met twice in May\n\nthen decided")
        XCTAssertEqual(rows(wrapped), ["the board ", "met twice ", "in May", "", "then ", "decided"])
        XCTAssertEqual(rows(wrapped).joined(), "the board met twice in May" + "then decided", "no character is lost")
    }

    func testAWordLongerThanTheWidthIsBroken() {
        XCTAssertEqual(rows(area("abcdefghijklmnop", width: 6)), ["abcde", "fghij", "klmno", "p"])
    }

    func testEnterInsertsALineBreakAtTheCursorAndTabIsLeftToTheCaller() {
        var text = area("one two")
        press([.modified(.left, .ctrl), .enter], &text)
        XCTAssertEqual(text.text, "one \ntwo")
        XCTAssertFalse(text.handle(.tab), "Tab moves on to the next field")
        XCTAssertFalse(text.handle(.escape))
    }

    func testUpAndDownMoveByRowKeepingTheColumn() {
        var text = area("abcdefgh\nab\nabcdefgh", width: 20)
        XCTAssertEqual(text.cursorPosition.row, 2)
        XCTAssertEqual(text.cursorPosition.column, 8)
        press([.up], &text)
        XCTAssertEqual(text.cursorPosition.row, 1)
        XCTAssertEqual(text.cursorPosition.column, 2, "a short row stops the cursor at its end")
        press([.up], &text)
        XCTAssertEqual(text.cursorPosition.column, 8, "the column aimed for is kept")
        press([.ctrl("n"), .ctrl("n")], &text)
        XCTAssertEqual(text.cursorPosition.row, 2)
        XCTAssertEqual(text.cursorPosition.column, 8)
        press([.up, .up, .up], &text)
        XCTAssertEqual(text.cursor, 0, "Up on the first row goes to the start")
    }

    func testDownWithinAWrappedLineStaysOnTheRowBelow() {
        var text = area("the board met twice in May")
        press([.modified(.home, .ctrl)], &text)
        press([.right, .right, .down], &text)
        XCTAssertEqual(text.cursorPosition.row, 1)
        XCTAssertEqual(text.cursorPosition.column, 2)
        press([.end], &text)
        XCTAssertEqual(text.cursorPosition.row, 1, "End stays on the row shown")
        XCTAssertEqual(text.cursorPosition.column, 9)
        press([.home], &text)
        XCTAssertEqual(text.cursorPosition.column, 0)
    }

    func testWordMovesWithCtrlAndAltArrowsAndReadlineKeys() {
        var text = area("merge two, boards")
        press([.modified(.left, .ctrl)], &text)
        XCTAssertEqual(text.cursor, 11)
        press([.modified(.left, .alt), .modified(.char("b"), .alt)], &text)
        XCTAssertEqual(text.cursor, 0)
        press([.modified(.right, .ctrl)], &text)
        XCTAssertEqual(text.cursor, 5)
        press([.modified(.char("f"), .alt), .modified(.right, .alt)], &text)
        XCTAssertEqual(text.cursor, 17)
    }

    func testPageDownAndUpMoveByAPageAndScroll() {
        var text = area((1...10).map { "line \($0)" }.joined(separator: "\n"))
        press([.modified(.home, .ctrl)], &text)
        XCTAssertEqual(text.scrollOffset, 0)
        press([.pageDown], &text)
        XCTAssertEqual(text.cursorPosition.row, 2, "a page is the rows shown less one")
        press([.pageDown, .pageDown], &text)
        XCTAssertEqual(text.cursorPosition.row, 6)
        XCTAssertEqual(text.scrollOffset, 4, "scrolled so the cursor is on the last row shown")
        press([.pageUp], &text)
        XCTAssertEqual(text.cursorPosition.row, 4)
        XCTAssertEqual(text.scrollOffset, 4)
        press([.modified(.end, .ctrl)], &text)
        XCTAssertEqual(text.cursor, text.text.count)
        XCTAssertEqual(text.scrollOffset, 7)
    }

    func testDeletingToTheEndsOfTheLineStopsAtLineBreaks() {
        var text = area("first line\nsecond line\nthird", width: 20)
        press([.up, .home, .right, .ctrl("k")], &text)
        XCTAssertEqual(text.text, "first line\ns\nthird")
        press([.ctrl("u")], &text)
        XCTAssertEqual(text.text, "first line\n\nthird")
        press([.ctrl("w")], &text)
        XCTAssertEqual(text.text, "first line\nthird", "Ctrl-W at a line's start joins the lines")
    }

    func testPastedTabsBecomeSpacesToTheNextTabStopAndLineBreaksAreKept() {
        var text = area("")
        text.insert("ab\tc\r\nx\ty\u{7}\rz")
        XCTAssertEqual(text.text, "ab  c\nx   y\nz")
    }

    func testTypingNeverReplacesTheTextUnlessAllIsSelected() {
        var text = area("kept")
        press([.char("!")], &text)
        XCTAssertEqual(text.text, "kept!")
        press([.modified(.char("a"), .alt)], &text)
        XCTAssertTrue(text.isAllSelected)
        press([.char("N")], &text)
        XCTAssertEqual(text.text, "N")
        text.selectAll()
        press([.left], &text)
        XCTAssertFalse(text.isAllSelected, "a move ends the selection")
        press([.char("o")], &text)
        XCTAssertEqual(text.text, "oN")
        text.selectAll()
        press([.backspace], &text)
        XCTAssertEqual(text.text, "")
    }

    func testRendersTheRowsInViewWithTheCursorAndAGutterWhenLonger() {
        var text = area("alpha beta gamma delta epsilon", width: 9, height: 2)
        text.fit(to: Size(width: 9, height: 2))
        var buffer = Buffer(width: 9, height: 2)
        text.render(in: buffer.area, buffer: &buffer, glyphs: .ascii)
        XCTAssertEqual(buffer.lines(), ["delta   ^", "epsilon"])
        XCTAssertEqual(buffer.cursorPosition, Point(x: 7, y: 1))
        XCTAssertEqual(buffer[7, 1].style, .reverse)
        press([.modified(.home, .ctrl)], &text)
        buffer = Buffer(width: 9, height: 2)
        text.render(in: buffer.area, buffer: &buffer, glyphs: .ascii)
        XCTAssertEqual(buffer.lines(), ["alpha", "beta    v"])
        XCTAssertEqual(buffer.cursorPosition, Point(x: 0, y: 0))
    }
}
