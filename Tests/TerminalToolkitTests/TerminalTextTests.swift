import XCTest
import TerminalToolkit

final class TerminalTextTests: XCTestCase {
    func testControlCharactersAreShownVisiblyAndOtherTextIsKept() {
        XCTAssertEqual(TerminalText.visible("\u{1B}]0;PWNED\u{7}name"), "^[]0;PWNED^Gname")
        XCTAssertEqual(TerminalText.visible("reset\u{1B}c"), "reset^[c")
        XCTAssertEqual(TerminalText.visible("del\u{7F} csi\u{9B}2J nel\u{85}"), "del^? csi\\u009b2J nel\\u0085")
        XCTAssertEqual(TerminalText.visible("a\nb\tc"), "a^Jb^Ic")
        XCTAssertEqual(TerminalText.visible("a\nb\tc\r", keepingLineBreaks: true), "a\nb\tc^M")
        XCTAssertEqual(TerminalText.visible("line\u{2028}sep"), "line\\u2028sep")
        let plain = "Coventry & Warwickshire £1.5m · “quoted” — 日本"
        XCTAssertEqual(TerminalText.visible(plain), plain)
    }
}
