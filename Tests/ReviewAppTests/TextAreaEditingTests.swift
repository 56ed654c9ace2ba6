import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// Long text in a text area, ^S/F2 in an editor, the question before discarding, and the
/// cursor at the end of an existing value.
final class TextAreaEditingTests: XCTestCase {
    typealias Support = AppTestSupport

    private func openMilestoneField(_ name: String, _ program: inout ReviewProgram) throws -> Int {
        Support.press([.char("1")], &program)
        guard case .milestone(let index) = try XCTUnwrap(program.state.selectedItem) else {
            XCTFail("no milestone selected")
            return 0
        }
        Support.press([.char("e")], &program)
        for _ in 0..<10 {
            guard case .editing(let editor) = program.state.mode, editor.field?.name != name else { break }
            Support.press([.tab], &program)
        }
        return index
    }

    private func editor(_ program: ReviewProgram, file: StaticString = #filePath, line: UInt = #line) throws -> EditorState {
        guard case .editing(let editor) = program.state.mode else {
            XCTFail("the editor is open", file: file, line: line)
            throw XCTSkip("no editor")
        }
        return editor
    }

    func testEnterInNotesIsANewLineAndTabAcceptsItAsOneUndoStepAndJournalsIt() throws {
        let saved = Support.SavedFiles()
        var program = Support.program(try Support.state("coventry-warwickshire"), saved: saved)
        let index = try openMilestoneField("Notes", &program)
        let before = program.state.review.milestones[index].notes
        Support.press([.enter] + Support.type("Second line") + [.enter] + Support.type("Third"), &program)
        XCTAssertTrue(Support.editorIsOpen(program), "Enter does not close a text area")
        Support.press([.tab], &program)
        XCTAssertEqual(program.state.review.milestones[index].notes, before + "\nSecond line\nThird")
        XCTAssertEqual(try editor(program).field?.name, "Title", "Tab went on to the next field")
        XCTAssertEqual(program.state.document.history.position, 1)
        XCTAssertEqual(saved.recordedEdits, [1], "the accepted notes are in the recovery journal")
        Support.press([.escape, .char("u")], &program)
        XCTAssertEqual(program.state.review.milestones[index].notes, before)
    }

    func testTheTextAreaShowsSeveralWrappedRowsAndMovesByRow() throws {
        var program = Support.program(try Support.state("coventry-warwickshire"))
        let index = try openMilestoneField("Notes", &program)
        let notes = program.state.review.milestones[index].notes
        let area = try editor(program).area
        XCTAssertGreaterThan(area.rows().count, 2, "the milestone's notes wrap onto several rows")
        XCTAssertEqual(area.cursor, notes.count, "the cursor starts at the end")
        let screen = Support.screen(program.state).joined(separator: "\n")
        let words = notes.split(separator: " ").prefix(3).joined(separator: " ")
        XCTAssertTrue(screen.contains(words), "the start of the notes is on screen:\n\(screen)")
        Support.press([.up, .home], &program)
        let moved = try editor(program).area
        XCTAssertEqual(moved.cursorPosition.row, area.cursorPosition.row - 1)
        XCTAssertEqual(moved.cursorPosition.column, 0)
    }

    func testCtrlSAndF2AcceptTheEditorAndSave() throws {
        for key in [Key.ctrl("s"), .function(2)] {
            let saved = Support.SavedFiles()
            var program = Support.program(try Support.state("coventry-warwickshire"), saved: saved)
            let index = try openMilestoneField("Owner", &program)
            Support.press(Support.type(" (acting)") + [key], &program)
            guard case .normal = program.state.mode else { return XCTFail("\(key) closes the editor") }
            let file = try XCTUnwrap(saved.files["coventry-warwickshire.json"], "\(key) saved the file")
            XCTAssertTrue(file.milestones[index].owner.hasSuffix(" (acting)"))
            XCTAssertFalse(program.state.isModified)
        }
    }

    func testAnInvalidValueIsNeitherAcceptedNorSavedByCtrlS() throws {
        let saved = Support.SavedFiles()
        var program = Support.program(try Support.state("coventry-warwickshire"), saved: saved)
        _ = try openMilestoneField("Date", &program)
        Support.press([.modified(.char("a"), .alt)] + Support.type("31/11/2019") + [.ctrl("s")], &program)
        XCTAssertTrue(Support.editorIsOpen(program))
        XCTAssertTrue(saved.files.isEmpty)
        XCTAssertTrue(program.state.message?.isError ?? false)
    }

    func testEscAsksBeforeDiscardingWhatWasTypedAndKeepEditingKeepsIt() throws {
        var program = Support.program(try Support.state("coventry-warwickshire"))
        let before = program.state.review
        _ = try openMilestoneField("Owner", &program)
        Support.press(Support.type(" typed"), &program)
        let typed = try editor(program).input.text
        for cancel in [Key.escape, .ctrl("c")] {
            Support.press([cancel], &program)
            guard case .confirmDiscard(let dialog, _) = program.state.mode else { return XCTFail("\(cancel) asks first") }
            XCTAssertEqual(dialog.buttons.map(\.text), ["Discard (d)", "Keep editing (k)"])
            let screen = Support.screen(program.state).joined(separator: "\n")
            XCTAssertTrue(screen.contains("Discard (d)") && screen.contains("Keep editing (k)"), screen)
            Support.press([.char("k")], &program)
            XCTAssertEqual(try editor(program).input.text, typed, "keep editing: nothing lost")
        }
        Support.press([.escape, .escape], &program)
        XCTAssertEqual(try editor(program).input.text, typed, "Esc in the question keeps editing")
        Support.press([.escape, .char("d")], &program)
        guard case .normal = program.state.mode else { return XCTFail("discarded") }
        XCTAssertTrue(program.state.review == before)
    }

    func testEscWithNothingChangedClosesWithoutAQuestion() throws {
        var program = Support.program(try Support.state("coventry-warwickshire"))
        _ = try openMilestoneField("Notes", &program)
        Support.press([.up, .left], &program)
        Support.press([.escape], &program)
        guard case .normal = program.state.mode else { return XCTFail("no question when nothing changed") }
    }

    func testTypingAddsToAnExistingValueAndReplacesItOnlyAfterSelectAll() throws {
        var program = Support.program(try Support.state("coventry-warwickshire"))
        let index = try openMilestoneField("Owner", &program)
        let owner = program.state.review.milestones[index].owner
        Support.press(Support.type("X") + [.enter], &program)
        XCTAssertEqual(program.state.review.milestones[index].owner, owner + "X", "typing adds at the end")
        Support.press([.char("e")], &program)
        Support.press([.tab, .tab, .tab, .tab, .modified(.char("a"), .alt)] + Support.type("Y") + [.enter], &program)
        XCTAssertEqual(program.state.review.milestones[index].owner, "Y", "select all, then typing replaces")
    }

    func testAPasteIntoNotesKeepsLinesAndTurnsTabsToSpacesToTheNextTabStop() throws {
        var program = Support.program(try Support.state("coventry-warwickshire"))
        let index = try openMilestoneField("Notes", &program)
        Support.press([.modified(.char("a"), .alt), .paste("J. Smith (Chair)\nline two\tand quit")], &program)
        XCTAssertTrue(Support.editorIsOpen(program))
        Support.press([.ctrl("s")], &program)
        XCTAssertEqual(program.state.review.milestones[index].notes, "J. Smith (Chair)\nline two    and quit")
    }

    func testHelpListsTheEditingKeysFromTheirTables() throws {
        var program = Support.program(try Support.state("coventry-warwickshire"))
        Support.press([.char("?"), .end], &program)
        let sections = KeyTable.helpSections(for: program.state.pane).map(\.title)
        for table in [KeyTable.editor.helpSections, TextEditCommand.keyMap.helpSections, PickerCommand.keyMap.helpSections] {
            for section in table { XCTAssertTrue(sections.contains(section.title), "help has \(section.title)") }
        }
        let screen = Support.screen(program.state).joined(separator: "\n")
        XCTAssertTrue(screen.contains("Show every name again"), "the last of the picker's keys is at the end of help:\n\(screen)")
    }
}
