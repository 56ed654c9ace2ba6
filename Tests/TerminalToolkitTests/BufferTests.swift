import XCTest
import TerminalToolkit

final class BufferTests: XCTestCase {
    func testWideCharactersTakeTwoCellsWithAContinuation() {
        var buffer = Buffer(width: 8, height: 1)
        let end = buffer.write("日本x", x: 0, y: 0)
        XCTAssertEqual(end, 5)
        XCTAssertEqual(buffer.lines(), ["日本x"])
        XCTAssertEqual(buffer[0, 0].grapheme, "日")
        XCTAssertTrue(buffer[1, 0].isContinuation)
        XCTAssertEqual(buffer[2, 0].grapheme, "本")
        XCTAssertTrue(buffer[3, 0].isContinuation)
        XCTAssertEqual(buffer[4, 0].grapheme, "x")
    }

    func testEmojiPresentationIsTwoColumnsWide() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("👍ok", x: 0, y: 0)
        XCTAssertEqual(buffer.lines(), ["👍ok"])
        XCTAssertTrue(buffer[1, 0].isContinuation)
        XCTAssertEqual(buffer[2, 0].grapheme, "o")
        XCTAssertEqual("👍".terminalWidth, 2)
        XCTAssertEqual("❤️".terminalWidth, 2, "an emoji with VS16 is shown as emoji")
        XCTAssertEqual("🇬🇧".terminalWidth, 2, "a flag is one two-column grapheme")
    }

    func testCombiningMarkJoinsItsBaseInOneCell() {
        var buffer = Buffer(width: 5, height: 1)
        let end = buffer.write("cafe\u{301}!", x: 0, y: 0)
        XCTAssertEqual(end, 5)
        XCTAssertEqual(buffer[3, 0].grapheme, "e\u{301}")
        XCTAssertEqual(buffer[4, 0].grapheme, "!")
        XCTAssertEqual(buffer.lines(), ["cafe\u{301}!"])
    }

    func testPoundAndTickAreOneColumnEach() {
        var buffer = Buffer(width: 10, height: 1)
        let end = buffer.write("£12 ✓", x: 0, y: 0)
        XCTAssertEqual(end, 5)
        XCTAssertEqual(buffer.lines(), ["£12 ✓"])
        XCTAssertEqual("£ ✓ 日本".terminalWidth, 8)
    }

    func testWideCharacterThatDoesNotFitAtTheRightEdgeBecomesASpace() {
        var buffer = Buffer(width: 5, height: 1)
        buffer.write("ab日本", x: 0, y: 0)
        XCTAssertEqual(buffer.lines(), ["ab日"])
        XCTAssertEqual(buffer[4, 0].grapheme, " ")
        XCTAssertFalse(buffer[4, 0].isContinuation)
    }

    func testClipRectCutsThroughAWideCharacterCleanly() {
        var buffer = Buffer(width: 10, height: 1)
        buffer.write("..........", x: 0, y: 0)
        buffer.write("日本語", x: 2, y: 0, clip: Rect(x: 2, y: 0, width: 3, height: 1))
        XCTAssertEqual(buffer.lines(), ["..日 ....."])
        XCTAssertFalse(buffer[4, 0].isContinuation)
        XCTAssertEqual(buffer[5, 0].grapheme, ".", "nothing is written past the clip")
    }

    func testTextStartingLeftOfTheClipIsScrolledIn() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("日本語", x: -1, y: 0, clip: Rect(x: 0, y: 0, width: 6, height: 1))
        XCTAssertEqual(buffer.lines(), [" 本語"])
    }

    func testOverwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("日本", x: 0, y: 0)
        buffer.write("x", x: 1, y: 0)
        XCTAssertEqual(buffer.lines(), [" x本"])
        buffer.write("y", x: 2, y: 0)
        XCTAssertEqual(buffer.lines(), [" xy"])
        XCTAssertFalse(buffer[3, 0].isContinuation)
    }

    func testTruncationWithAnEllipsis() {
        var buffer = Buffer(width: 12, height: 2)
        buffer.write("Integrated care board", in: Rect(x: 0, y: 0, width: 10, height: 1))
        buffer.write("日本語テキスト", in: Rect(x: 0, y: 1, width: 6, height: 1))
        XCTAssertEqual(buffer.lines(), ["Integrate…", "日本…"])
        XCTAssertEqual("short".truncated(toWidth: 5), "short")
        XCTAssertEqual("longer".truncated(toWidth: 1), "…")
        XCTAssertEqual("日本語".truncated(toWidth: 4), "日…")
    }

    func testAlignedWritingInAnArea() {
        var buffer = Buffer(width: 8, height: 2)
        buffer.write("£1.5", in: Rect(x: 0, y: 0, width: 8, height: 1), alignment: .right)
        buffer.write("ok", in: Rect(x: 0, y: 1, width: 8, height: 1), alignment: .center)
        XCTAssertEqual(buffer.lines(), ["    £1.5", "   ok"])
    }

    func testControlCharactersNeverReachTheScreen() {
        // Shown visibly, and measured as shown: the next text starts after the visible form.
        var buffer = Buffer(width: 20, height: 1)
        let end = buffer.write("a\u{1B}[2Jb\tc\u{7}\u{9B}", x: 0, y: 0)
        XCTAssertEqual(buffer.lines(), ["a^[[2Jb c^G\\u009b"])
        XCTAssertEqual(end, 17)
        XCTAssertEqual("a\u{1B}[2Jb\tc\u{7}\u{9B}".terminalWidth, 17)
        XCTAssertFalse(buffer.cells.contains { $0.grapheme.isTerminalControl })
    }

    func testZeroWidthFormatCharactersAreDropped() {
        var buffer = Buffer(width: 8, height: 1)
        let end = buffer.write("a\u{200B}b\u{202E}c", x: 0, y: 0)
        XCTAssertEqual(end, 3)
        XCTAssertEqual(buffer.lines(), ["abc"])
    }

    func testWritingOutsideTheBufferIsIgnored() {
        var buffer = Buffer(width: 3, height: 1)
        buffer.write("abc", x: 0, y: 5)
        buffer.write("abc", x: 7, y: 0)
        XCTAssertEqual(buffer.lines(), [""])
    }

    func testLinesTrimTrailingSpacesButKeepLeadingOnes() {
        var buffer = Buffer(width: 6, height: 2)
        buffer.write("  a  ", x: 0, y: 0)
        XCTAssertEqual(buffer.lines(), ["  a", ""])
        XCTAssertEqual(buffer.text, "  a\n")
    }

    func testStylesArePatchedAndKeptSeparateFromText() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.write("ab", x: 0, y: 0, style: Style(foreground: .red))
        buffer.patchStyle(.reverse, in: Rect(x: 0, y: 0, width: 4, height: 1))
        XCTAssertEqual(buffer[0, 0].style, Style(foreground: .red, attributes: .reverse))
        XCTAssertEqual(buffer[3, 0].style, .reverse)
        XCTAssertEqual(buffer.lines(), ["ab"])
    }

    func testBoxWithTitle() {
        var buffer = Buffer(width: 10, height: 3)
        let inner = buffer.drawBox(buffer.area, title: "Risks")
        XCTAssertEqual(inner, Rect(x: 1, y: 1, width: 8, height: 1))
        XCTAssertEqual(buffer.lines(), ["┌ Risks ─┐", "│        │", "└────────┘"])
    }
}
