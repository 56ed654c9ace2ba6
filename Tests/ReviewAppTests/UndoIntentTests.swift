import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// One user action is one step of undo; a cancelled new item leaves no trace; a save is not a step.
final class UndoIntentTests: XCTestCase {
    typealias Support = AppTestSupport

    private func assertCancelledAddLeavesNoTrace(on pane: [Key], _ keys: [Key], file: StaticString = #filePath, line: UInt = #line) throws {
        var program = Support.program(try Support.state("coventry-warwickshire"))
        // An earlier edit, undone, so there is a redo step the cancelled add must not drop.
        Support.press([.char("2"), .char("g"), .char("u")] + pane, &program)
        let review = program.state.review
        let entries = program.state.document.history.entries.map(\.revision)
        let position = program.state.document.history.position
        let selection = program.state.selectedItem
        Support.press(keys, &program)
        XCTAssertTrue(Support.editorIsOpen(program), "the add opened its editor", file: file, line: line)
        Support.press(Support.type("Half typed"), &program)
        Support.press([.escape], &program)
        guard case .confirmDiscard = program.state.mode else { return XCTFail("Esc asks before discarding what was typed", file: file, line: line) }
        Support.press([.char("d")], &program)
        XCTAssertTrue(program.state.review == review, "nothing added", file: file, line: line)
        XCTAssertEqual(program.state.document.history.entries.map(\.revision), entries, "the undo history is unchanged", file: file, line: line)
        XCTAssertEqual(program.state.document.history.position, position, file: file, line: line)
        XCTAssertEqual(program.state.selectedItem, selection, file: file, line: line)
        XCTAssertFalse(program.state.isModified, file: file, line: line)
        XCTAssertTrue(program.state.message?.text.hasSuffix("not added") ?? false, "\(String(describing: program.state.message))",
                      file: file, line: line)
    }

    func testQuickActionThenEscLeavesTheActionsAndTheUndoHistoryUnchanged() throws {
        try assertCancelledAddLeavesNoTrace(on: [.char("1")], [.char("x")])
    }

    func testAddingAMilestoneThenEscLeavesNoTrace() throws {
        try assertCancelledAddLeavesNoTrace(on: [.char("1")], [.char("a")])
    }

    func testAddingEvidenceThenEscLeavesNoTrace() throws {
        try assertCancelledAddLeavesNoTrace(on: [.char("2"), .right], [.char("A")])
    }

    func testAMilestoneAddedWithThreeFieldsIsUndoneWithOneU() throws {
        var program = Support.program(try Support.state("coventry-warwickshire"))
        let review = program.state.review
        Support.press([.char("1"), .char("a")] + Support.type("Public consultation closes"), &program)
        Support.setField("Date", "30/09/2019", &program)
        Support.setField("Owner", "Director of Strategy", &program)
        Support.press([.enter], &program)
        XCTAssertEqual(program.state.review.milestones.count, review.milestones.count + 1)
        let added = try XCTUnwrap(program.state.review.milestones.first { $0.title == "Public consultation closes" })
        XCTAssertEqual(added.owner, "Director of Strategy")
        XCTAssertEqual(program.state.document.history.position, 1, "the add and its fields are one step")
        Support.press([.char("u")], &program)
        XCTAssertTrue(program.state.review == review)
        XCTAssertEqual(program.state.message?.text, "Undid: added a milestone")
        Support.press([.ctrl("r")], &program)
        XCTAssertEqual(program.state.review.milestones.first { $0.title == "Public consultation closes" }?.owner, "Director of Strategy")
    }

    func testASaveIsNotAStepOfUndoAndUndoKeepsItsRecord() throws {
        let saved = Support.SavedFiles()
        var program = Support.program(try Support.state("coventry-warwickshire"), saved: saved)
        let trail = program.state.review.history.count
        Support.press([.char("2"), .char("g"), .ctrl("s")], &program)
        XCTAssertEqual(program.state.review.history.count, trail + 1, "the save recorded who and when")
        XCTAssertFalse(program.state.isModified)
        Support.press([.char("u")], &program)
        XCTAssertEqual(program.state.message?.text.hasPrefix("Undid: "), true)
        XCTAssertFalse(program.state.message?.text.contains("saved") ?? true, "the first u undoes the edit, not the save")
        XCTAssertEqual(program.state.review.mergerTests[0].rag, .unrated)
        XCTAssertEqual(program.state.review.history.count, trail + 1, "undo never takes away the record of a save")
        XCTAssertTrue(program.state.isModified)
    }

    func testUndoAndRedoGoToThePaneAndItemTheyChanged() throws {
        var program = Support.program(try Support.state("coventry-warwickshire"))
        Support.press([.char("1")], &program)
        let milestone = program.state.selectedItem
        Support.press([.char("e"), .ctrl("u")] + Support.type("Renamed") + [.enter], &program)
        Support.press([.char("2"), .char("j"), .char("j")], &program)
        Support.press([.char("u")], &program)
        XCTAssertEqual(program.state.pane, .timeline, "undo shows the pane it changed")
        XCTAssertEqual(program.state.selectedItem, milestone)
        XCTAssertEqual(program.state.message?.text.hasPrefix("Undid: Renamed: Title"), true, "\(String(describing: program.state.message))")
        Support.press([.char("4"), .ctrl("r")], &program)
        XCTAssertEqual(program.state.pane, .timeline)
        XCTAssertEqual(program.state.selectedItem, milestone)
    }

    func testAReorderSaysWhatMovedAndIsOneStep() throws {
        var program = Support.program(try Support.state("coventry-warwickshire"))
        let second = program.state.review.mergerTests[1].title
        Support.press([.char("2"), .char("j"), .char("K")], &program)
        XCTAssertEqual(program.state.review.mergerTests[0].title, second)
        XCTAssertEqual(program.state.message?.text, "Moved merger test \"\(second)\" up (u undoes)")
        Support.press([.char("u")], &program)
        XCTAssertEqual(program.state.review.mergerTests[1].title, second)
        XCTAssertEqual(program.state.pane, .tests)
    }
}
