import XCTest
import TerminalToolkit
import TerminalTestSupport

final class KeyTests: XCTestCase {
    func testSpecStringsParse() {
        XCTAssertEqual(Key(spec: "C-s"), .ctrl("s"))
        XCTAssertEqual(Key(spec: "Ctrl-S"), .ctrl("s"))
        XCTAssertEqual(Key(spec: "^L"), .ctrl("l"))
        XCTAssertEqual(Key(spec: "F1"), .function(1))
        XCTAssertEqual(Key(spec: "f12"), .function(12))
        XCTAssertEqual(Key(spec: "S-Tab"), .backTab)
        XCTAssertEqual(Key(spec: "Esc"), .escape)
        XCTAssertEqual(Key(spec: "PgDn"), .pageDown)
        XCTAssertEqual(Key(spec: "PageUp"), .pageUp)
        XCTAssertEqual(Key(spec: "Enter"), .enter)
        XCTAssertEqual(Key(spec: "Space"), .char(" "))
        XCTAssertEqual(Key(spec: "G"), .char("G"))
        XCTAssertEqual(Key(spec: "?"), .char("?"))
        XCTAssertEqual(Key(spec: "^"), .char("^"))
        XCTAssertEqual(Key(spec: "M-b"), .modified(.char("b"), .alt))
        XCTAssertEqual(Key(spec: "Alt-Left"), .modified(.left, .alt))
        XCTAssertEqual(Key(spec: "C-Left"), .modified(.left, .ctrl))
        XCTAssertEqual(Key(spec: "Ctrl-Home"), .modified(.home, .ctrl))
    }

    func testBadSpecsAreRejected() {
        XCTAssertNil(Key(spec: "F13"))
        XCTAssertNil(Key(spec: "C-"))
        XCTAssertNil(Key(spec: "C-1"))
        XCTAssertNil(Key(spec: "Hyper-x"))
        XCTAssertNil(Key(spec: ""))
        XCTAssertThrowsError(try Key.parse("PgSideways"))
    }

    func testDisplayNames() {
        XCTAssertEqual(Key.ctrl("s").displayName, "^S")
        XCTAssertEqual(Key.function(1).displayName, "F1")
        XCTAssertEqual(Key.backTab.displayName, "Shift-Tab")
        XCTAssertEqual(Key.pageDown.displayName, "PgDn")
        XCTAssertEqual(Key.char(" ").displayName, "Space")
        XCTAssertEqual(Key.char("q").displayName, "q")
        XCTAssertEqual(Key.displayNames([.char("j"), .down]), "j, Down")
        XCTAssertEqual(Key.modified(.char("b"), .alt).displayName, "Alt-b")
        XCTAssertEqual(Key.modified(.right, .ctrl).displayName, "Ctrl-Right")
    }

    func testEverySpecRoundTripsThroughItsDisplayName() {
        let keys: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .tab, .backTab,
                           .enter, .escape, .backspace, .delete, .insert, .function(5), .ctrl("w"), .char("x")]
        for key in keys {
            XCTAssertEqual(Key(spec: key.displayName), key, key.displayName)
        }
    }

    func testControlCodes() {
        XCTAssertEqual(Key.fromControlCode(1), .ctrl("a"))
        XCTAssertEqual(Key.fromControlCode(3), .ctrl("c"))
        XCTAssertEqual(Key.fromControlCode(9), .tab)
        XCTAssertEqual(Key.fromControlCode(13), .enter)
        XCTAssertEqual(Key.fromControlCode(127), .backspace)
        XCTAssertEqual(Key.fromControlCode(27), .escape)
        XCTAssertNil(Key.fromControlCode(65))
    }

    private enum Command: Hashable, Sendable { case save, quit, help, down }

    func testKeyMapLooksUpCommandsAndBuildsHelp() throws {
        let map = KeyMap<Command>([
            try KeyBinding(.down, specs: ["j", "Down"], description: "Next row", section: "Navigation"),
            try KeyBinding(.save, specs: ["C-s"], description: "Save", section: "File"),
            try KeyBinding(.help, specs: ["?", "F1"], description: "Help", section: "Navigation"),
            try KeyBinding(.quit, specs: ["q", "F1"], description: "Quit", section: "File"),
        ])
        XCTAssertEqual(map.command(for: .ctrl("s")), .save)
        XCTAssertEqual(map.command(for: .down), .down)
        XCTAssertEqual(map.command(for: .function(1)), .help, "the first binding wins")
        XCTAssertNil(map.command(for: .char("x")))
        XCTAssertEqual(map.helpSections, [
            HelpSection(title: "Navigation", entries: [
                HelpEntry(keys: "j, Down", description: "Next row"),
                HelpEntry(keys: "?, F1", description: "Help"),
            ]),
            HelpSection(title: "File", entries: [
                HelpEntry(keys: "^S", description: "Save"),
                HelpEntry(keys: "q, F1", description: "Quit"),
            ]),
        ])
        XCTAssertThrowsError(try KeyBinding(Command.save, specs: ["C-"], description: "", section: ""))
    }
}
