import XCTest
import TerminalToolkit

final class PickerTests: XCTestCase {
    static let names = ["Board approval", "Public consultation", "Transfer order", "Boundary change"]

    private func press(_ keys: [Key], _ picker: inout Picker) {
        for key in keys { XCTAssertTrue(picker.handle(key), "\(key) is a picker key") }
    }

    func testTypingNarrowsIgnoringCaseAndSpacesAndBackspaceWidens() {
        var picker = Picker(labels: Self.names, allowsSeveral: true)
        press([.char("b"), .char("o")], &picker)
        XCTAssertEqual(picker.matches, [0, 3])
        press([.char("a"), .char("r"), .char("d"), .char("a")], &picker)
        XCTAssertEqual(picker.matches, [0], "\"boarda\" matches across the space in \"Board approval\"")
        press([.backspace, .backspace], &picker)
        XCTAssertEqual(picker.matches, [0])
        press([.ctrl("u")], &picker)
        XCTAssertEqual(picker.matches, [0, 1, 2, 3])
    }

    func testSpaceTicksAndUnticksTheHighlightedNameWhereSeveralMayBePicked() {
        var picker = Picker(labels: Self.names, picked: [2], allowsSeveral: true)
        XCTAssertEqual(picker.highlighted, 2, "opens on the first name picked")
        press([.char("b"), .char("o"), .char("u"), .char(" ")], &picker)
        XCTAssertEqual(picker.picked, [2, 3])
        press([.ctrl("u"), .home, .char(" "), .down, .down, .char(" ")], &picker)
        XCTAssertEqual(picker.picked, [0, 3])
    }

    func testWithOneToPickTheHighlightIsThePick() {
        var picker = Picker(labels: Self.names, picked: [1], allowsSeveral: false)
        XCTAssertEqual(picker.picked, [1])
        press([.down, .char(" ")], &picker)
        XCTAssertEqual(picker.picked, [2])
        press([.char("z")], &picker)
        XCTAssertEqual(picker.picked, [], "nothing matches, nothing picked")
    }

    func testTheHighlightStaysOnItsNameWhileItMatches() {
        var picker = Picker(labels: Self.names, picked: [3], allowsSeveral: false)
        press([.char("n")], &picker)
        XCTAssertEqual(picker.matches, [1, 2, 3])
        XCTAssertEqual(picker.highlighted, 3)
    }

    func testKeysThePickerDoesNotUseGoBackToTheCaller() {
        var picker = Picker(labels: Self.names, allowsSeveral: true)
        XCTAssertFalse(picker.handle(.enter))
        XCTAssertFalse(picker.handle(.escape))
        XCTAssertFalse(picker.handle(.tab))
    }

    func testDrawsTheFilterAndTheNamesWithTicksButNoIds() {
        var picker = Picker(labels: Self.names, picked: [0], allowsSeveral: true)
        press([.char("r")], &picker)
        var buffer = Buffer(width: 40, height: 4)
        picker.render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["r" + String(repeating: " ", count: 22) + "3 of 4 · 1 ticked",
                                        "> [x] Board approval",
                                        "  [ ] Transfer order",
                                        "  [ ] Boundary change"])
        press([.ctrl("u")], &picker)
        buffer = Buffer(width: 40, height: 3)
        picker.render(in: buffer.area, buffer: &buffer, glyphs: .ascii)
        XCTAssertEqual(buffer.lines()[1], "> [x] Board approval")
    }
}
