import XCTest
import TerminalToolkit

final class TextInputTests: XCTestCase {
    private func typing(_ keys: [Key], into input: TextInput = TextInput()) -> TextInput {
        var input = input
        for key in keys { _ = input.handle(key) }
        return input
    }

    func testTypingInsertsAtTheCursor() {
        let input = typing([.char("a"), .char("c"), .left, .char("b")])
        XCTAssertEqual(input.text, "abc")
        XCTAssertEqual(input.cursor, 2)
    }

    func testHomeEndAndControlAE() {
        var input = TextInput("board")
        XCTAssertTrue(input.handle(.home))
        XCTAssertEqual(input.cursor, 0)
        XCTAssertTrue(input.handle(.ctrl("e")))
        XCTAssertEqual(input.cursor, 5)
        XCTAssertTrue(input.handle(.ctrl("a")))
        XCTAssertEqual(input.cursor, 0)
        XCTAssertTrue(input.handle(.end))
        XCTAssertEqual(input.cursor, 5)
    }

    func testBackspaceAndDelete() {
        var input = typing([.home, .right, .backspace, .delete], into: TextInput("abcd"))
        XCTAssertEqual(input.text, "cd")
        XCTAssertEqual(input.cursor, 0)
        XCTAssertTrue(input.handle(.backspace), "backspace at the start is still an editing key")
        XCTAssertEqual(input.text, "cd")
    }

    func testControlUKAndW() {
        let start = TextInput("merge two  boards")
        XCTAssertEqual(typing([.ctrl("w")], into: start).text, "merge two  ")
        XCTAssertEqual(typing([.ctrl("w"), .ctrl("w")], into: start).text, "merge ")
        let middle = typing([.home, .right, .right, .right, .right, .right], into: start)
        XCTAssertEqual(typing([.ctrl("u")], into: middle).text, " two  boards")
        XCTAssertEqual(typing([.ctrl("u")], into: middle).cursor, 0)
        XCTAssertEqual(typing([.ctrl("k")], into: middle).text, "merge")
    }

    func testGraphemesAreEditedWhole() {
        let input = typing([.backspace], into: TextInput("café👍"))
        XCTAssertEqual(input.text, "café")
        XCTAssertEqual(typing([.backspace], into: TextInput("cafe\u{301}")).text, "caf")
    }

    func testKeysTheFieldDoesNotUseAreReturnedToTheCaller() {
        var input = TextInput("x")
        XCTAssertFalse(input.handle(.enter))
        XCTAssertFalse(input.handle(.escape))
        XCTAssertFalse(input.handle(.up))
        XCTAssertEqual(input.text, "x")
    }

    func testMaxLength() {
        XCTAssertEqual(typing([.char("a"), .char("b"), .char("c")], into: TextInput(maxLength: 2)).text, "ab")
    }

    func testRenderScrollsToKeepTheCursorVisible() {
        var buffer = Buffer(width: 6, height: 1)
        TextInput("£1,204.5m").render(in: buffer.area, buffer: &buffer, style: .plain)
        XCTAssertEqual(buffer.lines(), ["04.5m"], "the last cell is the cursor after the text")
        XCTAssertEqual(buffer.cursorPosition, Point(x: 5, y: 0))
        XCTAssertEqual(buffer[5, 0].style, .reverse)

        var home = Buffer(width: 6, height: 1)
        typing([.home], into: TextInput("£1,204.5m")).render(in: home.area, buffer: &home, style: .plain)
        XCTAssertEqual(home.lines(), ["£1,204"])
        XCTAssertEqual(home.cursorPosition, Point(x: 0, y: 0))
    }

    func testRenderScrollsByDisplayWidthForWideCharacters() {
        var buffer = Buffer(width: 5, height: 1)
        TextInput("日本語").render(in: buffer.area, buffer: &buffer, style: .plain)
        XCTAssertEqual(buffer.lines(), ["本語"])
        XCTAssertEqual(buffer.cursorPosition, Point(x: 4, y: 0))
    }
}
