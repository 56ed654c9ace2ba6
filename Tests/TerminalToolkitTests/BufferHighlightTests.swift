import XCTest
@testable import TerminalToolkit

/// `Buffer.highlightMatches`: every match in the area, ignoring case, marked without colour.
final class BufferHighlightTests: XCTestCase {
    func testMatchesAreUnderlinedAndReverseIsSwitchedIgnoringCase() {
        var buffer = Buffer(width: 20, height: 2)
        buffer.write("Hello World hello", x: 0, y: 0)
        buffer.write("say HELLO", x: 0, y: 1, style: .reverse)
        XCTAssertEqual(buffer.highlightMatches(of: "hello", in: buffer.area), 3)
        for x in 0..<5 { XCTAssertEqual(buffer[x, 0].style.attributes, [.reverse, .underline]) }
        XCTAssertEqual(buffer[5, 0].style, .plain)
        for x in 12..<17 { XCTAssertEqual(buffer[x, 0].style.attributes, [.reverse, .underline]) }
        // On a reversed (selected) row the match shows un-reversed and underlined.
        for x in 4..<9 { XCTAssertEqual(buffer[x, 1].style.attributes, [.underline]) }
        XCTAssertEqual(buffer[3, 1].style, .reverse)
    }

    func testOnlyTheAreaIsMarkedAndWideCharactersCount() {
        var buffer = Buffer(width: 12, height: 2)
        buffer.write("日本 ok", x: 0, y: 0)
        buffer.write("ok", x: 0, y: 1)
        XCTAssertEqual(buffer.highlightMatches(of: "本 O", in: Rect(x: 0, y: 0, width: 12, height: 1)), 1)
        XCTAssertEqual(buffer[2, 0].style.attributes, [.reverse, .underline])
        XCTAssertEqual(buffer[3, 0].style.attributes, [.reverse, .underline], "both halves of the wide character")
        XCTAssertEqual(buffer[5, 0].style.attributes, [.reverse, .underline])
        XCTAssertEqual(buffer[6, 0].style, .plain)
        XCTAssertEqual(buffer[0, 1].style, .plain, "outside the area")
        XCTAssertEqual(buffer.highlightMatches(of: "", in: buffer.area), 0)
    }
}
