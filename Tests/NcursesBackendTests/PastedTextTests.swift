import XCTest
@testable import NcursesBackend

final class PastedTextTests: XCTestCase {
    private func decode(_ text: String) -> String {
        var pasted = PastedText()
        for scalar in text.unicodeScalars { pasted.append(code: scalar.value) }
        return pasted.text
    }

    func testLineBreaksOfEveryKindAreOneNewlineAndTabsAreKept() {
        XCTAssertEqual(decode("a\rb\nc\r\nd\r\re"), "a\nb\nc\nd\n\ne")
        XCTAssertEqual(decode("Owner\tDate"), "Owner\tDate")
    }

    func testControlCharactersAreDroppedAndTextIsKept() {
        XCTAssertEqual(decode("x\u{1B}[1m\u{7}y\u{7F}£ 北"), "x[1my£ 北")
    }
}
