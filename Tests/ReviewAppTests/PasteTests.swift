import XCTest
import ReviewModel
import TerminalToolkit
import TerminalTestSupport
@testable import ReviewApp

/// Pasted and typed-ahead text goes into the open field and never runs as commands.
final class PasteTests: XCTestCase {
    typealias Support = AppTestSupport
    static let pasted = "J. Smith (Chair)\nline two\tafter a tab"

    /// Opens the selected milestone's editor on a field and clears the field.
    private func openMilestoneField(_ name: String, _ program: inout ReviewProgram) throws -> Int {
        Support.press([.char("1")], &program)
        guard case .milestone(let index) = try XCTUnwrap(program.state.selectedItem) else {
            XCTFail("no milestone selected")
            return 0
        }
        Support.press([.char("e")], &program)
        Support.setField(name, "", &program)
        return index
    }

    func testAPasteIntoAOneLineFieldBecomesOneLineAndTheEditorStaysOpen() throws {
        var program = Support.program(try Support.state("coventry-warwickshire"))
        let before = program.state.review
        let index = try openMilestoneField("Owner", &program)
        Support.press([.paste(Self.pasted)], &program)
        XCTAssertTrue(Support.editorIsOpen(program), "a pasted line break does not close the field")
        XCTAssertEqual(program.state.message?.text, "Owner: pasted line breaks and tabs became spaces")
        Support.press([.enter], &program)
        var expected = before
        expected.milestones[index].owner = "J. Smith (Chair) line two after a tab"
        XCTAssertTrue(program.state.review == expected, "only the owner changed")
        XCTAssertEqual(program.state.document.history.position, 1, "the paste is one undo step")
    }

    func testAPasteIntoNotesKeepsItsLines() throws {
        var program = Support.program(try Support.state("coventry-warwickshire"))
        let index = try openMilestoneField("Notes", &program)
        Support.press([.paste("first line\nsecond line")], &program)
        XCTAssertTrue(Support.editorIsOpen(program))
        Support.press([.tab], &program)
        XCTAssertEqual(program.state.review.milestones[index].notes, "first line\nsecond line")
    }

    func testAPasteOutsideAnEditorIsIgnoredWithAMessage() throws {
        var program = Support.program(try Support.state("coventry-warwickshire"))
        let before = program.state.review
        Support.press([.char("2"), .paste("rgs\nq")], &program)
        XCTAssertTrue(program.state.review == before)
        XCTAssertEqual(program.state.document.history.position, 0)
        XCTAssertEqual(program.state.message?.text, "Paste ignored: open a field first (e edits the selected item)")
        guard case .normal = program.state.mode else { return XCTFail("a paste opened something") }
    }

    func testAPasteIntoAPromptIsOneLine() throws {
        var program = Support.program(try Support.state("coventry-warwickshire"))
        Support.press([.char("/"), .paste("merger\ntests")], &program)
        guard case .prompt(let prompt) = program.state.mode else { return XCTFail("the prompt closed") }
        XCTAssertEqual(prompt.input.text, "merger tests")
    }

    /// Without bracketed paste, the pasted text arrives as keys in one read.
    func testTypedAheadTextWithALineBreakStaysInTheField() throws {
        var program = Support.program(try Support.state("coventry-warwickshire"))
        let before = program.state.review
        let index = try openMilestoneField("Owner", &program)
        let backend = HeadlessBackend(width: 80, height: 24)
        backend.queueBurst(Self.pasted.map { $0 == "\n" ? Key.enter : $0 == "\t" ? Key.tab : Key.char($0) })
        _ = backend.run(&program)
        XCTAssertTrue(Support.editorIsOpen(program), "the line break in the burst did not close the field")
        XCTAssertEqual(backend.flushCount, 2, "the first frame, then one frame for the whole burst")
        Support.press([.enter], &program)
        var expected = before
        expected.milestones[index].owner = "J. Smith (Chair) line two after a tab"
        XCTAssertTrue(program.state.review == expected, "nothing after the line break ran as a command")
    }

    func testTypedAheadLineBreaksInNotesAreLineBreaks() throws {
        var program = Support.program(try Support.state("coventry-warwickshire"))
        let index = try openMilestoneField("Notes", &program)
        let backend = HeadlessBackend(width: 80, height: 24)
        backend.queueBurst(Support.type("one") + [.enter] + Support.type("two"))
        _ = backend.run(&program)
        Support.press([.tab], &program)
        XCTAssertEqual(program.state.review.milestones[index].notes, "one\ntwo")
    }

    func testABurstOfTwoHundredDownPressesLandsOnTheRightRowInOneFrame() throws {
        var oneByOne = Support.program(try Support.state("coventry-warwickshire"))
        Support.press([.char("1")] + Array(repeating: .down, count: 200), &oneByOne)
        var burst = Support.program(try Support.state("coventry-warwickshire"))
        let backend = HeadlessBackend(width: 80, height: 24, keys: [.char("1")])
        backend.queueBurst(Array(repeating: .down, count: 200))
        _ = backend.run(&burst)
        XCTAssertEqual(backend.flushCount, 3, "the first frame, the pane, then one frame for the 200 keys")
        XCTAssertEqual(burst.state.selectedItem, oneByOne.state.selectedItem)
        XCTAssertEqual(backend.lines(), Support.screen(oneByOne.state))
    }

    func testEditingAnExistingFieldAddsAtItsEnd() throws {
        var program = Support.program(try Support.state("coventry-warwickshire"))
        Support.press([.char("1")], &program)
        guard case .milestone(let index) = try XCTUnwrap(program.state.selectedItem) else { return XCTFail("no milestone") }
        let title = program.state.review.milestones[index].title
        Support.press([.char("e")] + Support.type(" (draft)") + [.enter], &program)
        XCTAssertEqual(program.state.review.milestones[index].title, title + " (draft)", "typing never replaces the whole field")
    }
}

/// Keys people expect: Ctrl-C, Ctrl-Z and hints that never name a key meaning something else.
final class ExpectedKeysTests: XCTestCase {
    typealias Support = AppTestSupport

    func testHintsNeverNameAKeyThatDoesSomethingElseOnThePane() {
        let commands = KeyTable.global.bindings.map(\.command)
        XCTAssertTrue(commands.contains(.add))
        for pane in Pane.allCases {
            for command in commands {
                let name = KeyTable.keyNames([command], in: pane)
                guard !name.isEmpty else { continue }
                let keys = ((KeyTable.panes[pane]?.keys(for: command) ?? []) + KeyTable.global.keys(for: command))
                    .filter { $0.displayName == name }
                XCTAssertFalse(keys.isEmpty, "\(pane): \(name) for \(command)")
                for key in keys {
                    XCTAssertEqual(KeyTable.command(for: key, in: pane), command, "\(pane): \(name) for \(command)")
                }
            }
        }
        let tests = KeyTable.hints(for: .tests, editable: true)
        XCTAssertTrue(tests.contains("A add"), "\(tests)")
        XCTAssertFalse(tests.contains("a add"), "a sets Amber on the tests pane")
    }

    func testCtrlCCancelsAnEditOrAPromptAndElsewhereSaysHowToQuit() throws {
        var program = Support.program(try Support.state("coventry-warwickshire"))
        let before = program.state.review
        Support.press([.char("1"), .char("e")] + Support.type("xyz") + [.ctrl("c")], &program)
        guard case .confirmDiscard = program.state.mode else { return XCTFail("Ctrl-C asks before discarding, as Esc does") }
        Support.press([.char("d")], &program)
        guard case .normal = program.state.mode else { return XCTFail("Ctrl-C left the editor open") }
        Support.press([.char(":")] + Support.type("q!") + [.ctrl("c")], &program)
        guard case .normal = program.state.mode else { return XCTFail("Ctrl-C left the prompt open") }
        XCTAssertEqual(Support.press([.ctrl("c")], &program), .continue)
        XCTAssertTrue(program.state.message?.text.contains("q or :q quits") ?? false)
        XCTAssertTrue(program.state.review == before)
    }

    func testCtrlZAsksTheLoopToSuspend() throws {
        var program = Support.program(try Support.state("coventry-warwickshire"))
        XCTAssertEqual(Support.press([.ctrl("z")], &program), .suspend)
    }

    func testHelpScrollsWithHomeEndAndPagesAndEndDoesNotCloseIt() throws {
        var program = Support.program(try Support.state("coventry-warwickshire"))
        Support.press([.char("?"), .end], &program)
        guard case .help(let bottom) = program.state.mode else { return XCTFail("End closed the help") }
        XCTAssertGreaterThan(bottom.scroll, 0)
        Support.press([.up], &program)
        guard case .help(let above) = program.state.mode else { return XCTFail("Up closed the help") }
        XCTAssertEqual(above.scroll, bottom.scroll - 1, "End stops at the last line, so Up moves at once")
        Support.press([.pageUp, .home], &program)
        guard case .help(let top) = program.state.mode, top.scroll == 0 else { return XCTFail("Home goes to the top") }
        Support.press([.escape], &program)
        guard case .normal = program.state.mode else { return XCTFail("Esc closes the help") }
    }
}
