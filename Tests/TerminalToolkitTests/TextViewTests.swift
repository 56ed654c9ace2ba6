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

    /// A line that fits comes back as it is; spacing that wrapping tidies is tidied whatever the
    /// length, so a short line and a long one are treated alike.
    func testALineThatFitsIsItsOwnWrappingAndSpacingIsTidiedAlike() {
        XCTAssertEqual(WordWrap.wrap("  Accountable officer: A. Green", width: 40), ["  Accountable officer: A. Green"])
        XCTAssertEqual(WordWrap.wrap("two  spaces", width: 40), ["two spaces"])
        XCTAssertEqual(WordWrap.wrap("trailing ", width: 40), ["trailing"])
        XCTAssertEqual(WordWrap.wrap("", width: 40), [""])
        XCTAssertEqual(WordWrap.wrap("日本語日本語", width: 10), ["日本語日本", "語"], "wide letters are measured, not counted")
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
