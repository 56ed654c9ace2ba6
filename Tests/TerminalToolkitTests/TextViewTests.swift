import XCTest
import TerminalToolkit

final class TextViewTests: XCTestCase {
    func testWrapsAtSpacesAndBreaksLongWords() {
        XCTAssertEqual(WordWrap.wrap("The board approved the merger case", width: 12),
                       ["The board", "approved the", "merger case"])
        XCTAssertEqual(WordWrap.wrap("Supercalifragilistic", width: 8), ["Supercal", "ifragili", "stic"])
        XCTAssertEqual(WordWrap.wrap("a\n\nb", width: 5), ["a", "", "b"])
        XCTAssertEqual(WordWrap.wrap("  indented text", width: 10), ["  indented", "text"])
    }

    func testWrapMeasuresDisplayWidth() {
        XCTAssertEqual(WordWrap.wrap("日本語 テキスト", width: 6), ["日本語", "テキス", "ト"])
        XCTAssertEqual(WordWrap.wrap("ab日", width: 3), ["ab", "日"])
    }

    func testTextViewScrollsThroughWrappedLines() {
        let view = TextView("One two three four five six seven")
        var buffer = Buffer(width: 10, height: 2)
        view.render(in: buffer.area, buffer: &buffer, scrollOffset: 1)
        XCTAssertEqual(buffer.lines(), ["three four", "five six"])

        var clamped = Buffer(width: 10, height: 2)
        view.render(in: clamped.area, buffer: &clamped, scrollOffset: 99)
        XCTAssertEqual(clamped.lines(), ["five six", "seven"])
    }
}
