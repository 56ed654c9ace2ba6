import XCTest
@testable import ReviewApp

/// Text shown on one row: line breaks of every kind become single spaces.
final class SingleLineTests: XCTestCase {
    func testLineBreaksBecomeSpacesAndOneLineTextIsUnchanged() {
        XCTAssertEqual("Governing Bodies decide".singleLine, "Governing Bodies decide")
        XCTAssertEqual("".singleLine, "")
        XCTAssertEqual("a\tb".singleLine, "a\tb", "a tab is not a line break")
        XCTAssertEqual("first\nsecond".singleLine, "first second")
        XCTAssertEqual("first\r\n\nsecond\n".singleLine, "first second")
        XCTAssertEqual("a\u{0B}b\u{0C}c".singleLine, "a b c")
        XCTAssertEqual("£1.2m\u{2028}next\u{85}last".singleLine, "£1.2m next last")
        XCTAssertEqual("£1.2m – no break".singleLine, "£1.2m – no break")
    }
}
