import Foundation
import XCTest
import ReviewModel
import ReviewStore
import TerminalToolkit
@testable import ReviewApp

/// Scripted headless sessions that edit a field of every type in every pane.
final class EditingSessionTests: XCTestCase {
    private typealias Support = AppTestSupport


    func testEditEveryTypeInEveryPaneThenSaveReloadAndCompare() throws {
        let saved = Support.SavedFiles()
        var program = Support.program(try Support.state("coventry-warwickshire"), saved: saved)

        // Timeline: text, a flexible date (refusing 31 November), a choice, a period end before its start.
        Support.press([.char("1"), .char("e")], &program)
        Support.setField("Title", "Governing Bodies decide", &program)
        Support.setField("Date", "31 Nov 2019", &program)
        Support.press([.enter], &program)
        XCTAssertTrue(Support.editorIsOpen(program), "an impossible date keeps the editor open")
        XCTAssertTrue(program.state.message?.text.contains("November 2019 has 30 days") ?? false, "\(String(describing: program.state.message))")
        Support.setField("Date", "Autumn 2019 @ 2019-09 to 2019-11", &program)
        Support.setField("Status", "", &program)
        Support.press([.char(" ")], &program)
        Support.setField("End date", "Aug 2019", &program)
        Support.press([.tab], &program)
        XCTAssertTrue(program.state.message?.text.contains("before the start") ?? false)
        Support.setField("End date", "Dec 2019", &program)
        Support.press([.enter], &program)
        XCTAssertFalse(Support.editorIsOpen(program))
        let milestone = try XCTUnwrap(program.state.review.milestones.first { $0.title == "Governing Bodies decide" })
        XCTAssertEqual(milestone.date.display, "Autumn 2019")
        XCTAssertEqual(milestone.endDate?.display, "Dec 2019")

        // Tests: RAG by key, status choice by first letter, evidence with a typed day.
        Support.press([.char("2"), .char("j"), .char("r"), .char("e")], &program)
        Support.setField("Status", "", &program)
        Support.press([.char("a")], &program)
        Support.setField("Owner", "Director of Corporate Affairs", &program)
        Support.setField("Target date", "30/09/2019", &program)
        Support.press([.enter], &program)
        XCTAssertEqual(program.state.review.mergerTests[1].rag, .red)
        XCTAssertEqual(program.state.review.mergerTests[1].status, .assured)
        XCTAssertEqual(program.state.review.mergerTests[1].targetDate, .day(CalendarDate(year: 2019, month: 9, day: 30)!))
        XCTAssertEqual(program.state.derived.summary.readinessText, "1/10 assured", "readiness updates at once")
        Support.press([.right, .char("A")], &program)
        Support.press(Support.type("Minutes of the joint meeting"), &program)
        Support.setField("Date", "2019-02-29", &program)
        Support.press([.enter], &program)
        XCTAssertTrue(program.state.message?.text.contains("February 2019 has 28 days") ?? false, "\(String(describing: program.state.message))")
        Support.setField("Date", "2019-06-12", &program)
        Support.setField("State", "", &program)
        Support.press([.char("s")], &program)
        Support.press([.enter], &program)
        let evidence = try XCTUnwrap(program.state.review.mergerTests[1].evidence.first { $0.title == "Minutes of the joint meeting" })
        XCTAssertEqual(evidence.state, .submitted)
        XCTAssertEqual(evidence.date?.iso, "2019-06-12")

        // Appraisal: a cell's judgement, a refused score (no scale), a weight, a refused negative weight.
        Support.press([.char("3"), .char("e")], &program)
        Support.setField("Judgement", "Strongest clinical voice", &program)
        Support.setField("Score", "4", &program)
        Support.press([.tab], &program)
        XCTAssertTrue(program.state.message?.text.contains("no score scale") ?? false)
        Support.setField("Score", "", &program)
        Support.setField("Weight", "-2", &program)
        Support.press([.tab], &program)
        XCTAssertTrue(program.state.message?.text.contains("cannot be negative") ?? false)
        Support.setField("Weight", "3", &program)
        Support.press([.enter], &program)
        let appraisal = program.state.review.appraisal
        XCTAssertEqual(appraisal.cell(option: appraisal.options[2].id, criterion: appraisal.criteria[0].id)?.judgement, "Strongest clinical voice")
        XCTAssertEqual(appraisal.criteria[0].weight, 3)

        // Budgets: money in the ways people type it, a refused amount, a count with separators.
        Support.press([.char("4"), .char("e")], &program)
        Support.setField("Programme 2019/20 £m", "£648.0m", &program)
        Support.press([.tab], &program)
        Support.setField("Running costs 2019/20 £m", "ten", &program)
        Support.press([.tab], &program)
        XCTAssertTrue(program.state.message?.text.contains("not an amount") ?? false)
        Support.setField("Running costs 2019/20 £m", "10.2", &program)
        Support.setField("Registered population", "411,972", &program)
        Support.press([.enter], &program)
        let figures = BudgetFigures(program.state.review)
        let year = try XCTUnwrap(FinancialYear("2019/20"))
        XCTAssertEqual(figures.total(.programme, year: year).formatted, "£1,254.8m")
        XCTAssertEqual(figures.total(.runningCosts, year: year).formatted, "£20.0m")
        XCTAssertEqual(program.state.review.programme.organisations[0].registeredPopulation, 411_972)

        // Decisions: an outcome, a decision date and a minute; an action linked by picking from a list.
        Support.press([.char("5"), .char("e")], &program)
        Support.setField("Outcome", "", &program)
        Support.press([.char("a"), .char("a")], &program)
        Support.setField("Decided on", "22 May 2019", &program)
        Support.setField("Minute", "Approved unanimously", &program)
        Support.press([.modified(.enter, .alt)], &program)
        XCTAssertEqual(program.state.review.recommendations[0].outcome, .approvedWithAmendment)
        Support.press([.right, .char("A")], &program)
        Support.press(Support.type("Publish the engagement report"), &program)
        Support.setField("Linked to", "co-termin", &program)
        Support.press([.enter], &program)
        let action = try XCTUnwrap(program.state.review.actions.last)
        XCTAssertEqual(action.title, "Publish the engagement report")
        XCTAssertEqual(action.linkedItemId, program.state.review.mergerTests[1].id)

        XCTAssertTrue(Validation.errors(in: program.state.review).isEmpty)
        Support.press([.ctrl("s")], &program)
        XCTAssertFalse(program.state.isModified)
        let savedReview = try XCTUnwrap(saved.files["coventry-warwickshire.json"])
        let reloaded = try ReviewCodec.decode(ReviewCodec.encode(savedReview)).review
        XCTAssertTrue(reloaded == program.state.review, "save, reload and compare")
    }

    func testNotesTakeSeveralLines() throws {
        var program = Support.program(try Support.state("lancashire-south-cumbria"))
        Support.press([.char("2"), .char("e")], &program)
        Support.setField("Notes", "First line", &program)
        Support.press([.enter] + Support.type("Second line") + [.tab], &program)
        XCTAssertEqual(program.state.review.mergerTests[0].notes, "First line\nSecond line")
    }

    func testEscapeCancelsWithoutChangingAnything() throws {
        var program = Support.program(try Support.state("lancashire-south-cumbria"))
        let before = program.state.review
        Support.press([.char("2"), .char("e")] + Support.type("Something else") + [.escape], &program)
        XCTAssertTrue(program.state.review == before)
        XCTAssertFalse(program.state.isModified)
    }

    func testAddDeleteMoveDuplicateAreUndoable() throws {
        var program = Support.program(try Support.state("lancashire-south-cumbria"))
        let original = program.state.review
        Support.press([.char("2"), .char("A")] + Support.type("Test eleven") + [.enter], &program)
        XCTAssertEqual(program.state.review.mergerTests.count, 11)
        XCTAssertEqual(program.state.review.mergerTests[1].title, "Test eleven")
        Support.press([.char("K")], &program)
        XCTAssertEqual(program.state.review.mergerTests[0].title, "Test eleven")
        Support.press([.char("y")], &program)
        XCTAssertEqual(program.state.review.mergerTests.count, 12)
        Support.press([.char("d"), .char("d")], &program)
        XCTAssertEqual(program.state.review.mergerTests.count, 10)
        XCTAssertTrue(Validation.errors(in: program.state.review).isEmpty)
        Support.press([.char("3"), .char("p"), .char("d")], &program)
        XCTAssertNil(program.state.review.appraisal.preferredOptionId, "deleting the preferred option clears it")
        XCTAssertTrue(Validation.errors(in: program.state.review).isEmpty, "\(Validation.errors(in: program.state.review))")
        for _ in 0..<20 { Support.press([.char("u")], &program) }
        XCTAssertTrue(program.state.review == original)
        XCTAssertFalse(program.state.isModified)
    }

    func testQuitAsksWhenThereAreUnsavedChangesAndCancelLeavesEverything() throws {
        let saved = Support.SavedFiles()
        var program = Support.program(try Support.state("lancashire-south-cumbria"), saved: saved)
        Support.press([.char("2"), .char("g")], &program)
        let edited = program.state.review
        XCTAssertEqual(Support.press([.char("q")], &program), .continue)
        guard case .confirmQuit = program.state.mode else { return XCTFail("no question asked") }
        XCTAssertTrue(Support.screen(program.state).joined().contains("Unsaved changes"))
        Support.press([.char("c")], &program)
        XCTAssertTrue(program.state.review == edited)
        XCTAssertTrue(program.state.isModified)
        XCTAssertTrue(saved.files.isEmpty)
        Support.press([.char("q")], &program)
        XCTAssertEqual(Support.press([.char("s")], &program), .quit(exitCode: 0), "save and quit")
        var written = try XCTUnwrap(saved.files["lancashire-south-cumbria.json"])
        XCTAssertEqual(written.history.count, 1, "the save is in the audit trail")
        written.history = []
        XCTAssertTrue(written == edited, "the edit was saved")
    }

    /// Quitting with changes and Discard: `RecoveryAndConflictTests.testQuittingWithDiscardRemovesTheRecoveryDataButAHangupWouldNot`.
    func testQuitWithoutChangesAndForcedQuit() throws {
        var program = Support.program(try Support.state("lancashire-south-cumbria"))
        XCTAssertEqual(Support.press([.char("q")], &program), .quit(exitCode: 0))
        var forced = Support.program(try Support.state("lancashire-south-cumbria"))
        Support.press([.char("2"), .char("g")], &forced)
        XCTAssertEqual(Support.press([.char(":"), .char("q"), .char("!"), .enter], &forced), .quit(exitCode: 0))
    }

    func testCommandLineSavesAsWithCompletionAndHistory() throws {
        let saved = Support.SavedFiles()
        var program = Support.program(try Support.state("lancashire-south-cumbria"), saved: saved)
        Support.press([.char("2"), .char("g"), .char(":"), .char("w"), .char(" ")] + Support.type("copy.json") + [.enter], &program)
        XCTAssertNotNil(saved.files["copy.json"])
        XCTAssertEqual(program.state.session.filePath, "copy.json")
        XCTAssertFalse(program.state.isModified)
        Support.press([.char(":"), .char("p"), .char("r"), .tab], &program)
        guard case .prompt(let prompt) = program.state.mode else { return XCTFail("prompt closed") }
        XCTAssertEqual(prompt.input.text, "present", "Tab completes the command name")
        Support.press([.escape, .char(":"), .up], &program)
        guard case .prompt(let recalled) = program.state.mode else { return XCTFail("prompt closed") }
        XCTAssertEqual(recalled.input.text, "w copy.json", "Up recalls the last command")
        Support.press([.escape], &program)
    }

    func testAFailedSaveKeepsTheChangesAndTheModifiedMarker() throws {
        let saved = Support.SavedFiles()
        saved.failNext = "cannot write review.json: the disk is full"
        var program = Support.program(try Support.state("lancashire-south-cumbria"), saved: saved)
        Support.press([.char("2"), .char("g"), .ctrl("s")], &program)
        XCTAssertTrue(program.state.isModified)
        XCTAssertEqual(program.state.message?.isError, true)
        XCTAssertTrue(program.state.message?.text.contains("the disk is full") ?? false)
        XCTAssertEqual(program.state.review.mergerTests[0].rag, .green)
    }

    func testAFailedSaveAsStaysOnTheFileItCameFrom() throws {
        let saved = Support.SavedFiles()
        saved.failNext = "cannot write /full/copy.json: the disk is full"
        var program = Support.program(try Support.state("lancashire-south-cumbria"), saved: saved)
        Support.press([.char("2"), .char("g"), .char(":"), .char("w"), .char(" ")] + Support.type("/full/copy.json") + [.enter], &program)
        XCTAssertEqual(program.state.session.filePath, "lancashire-south-cumbria.json")
        XCTAssertTrue(program.state.isModified)
        Support.press([.ctrl("s")], &program)
        XCTAssertNotNil(saved.files["lancashire-south-cumbria.json"], "^S saves to the file it was opened from")
        XCTAssertNil(saved.files["/full/copy.json"])
        XCTAssertFalse(program.state.isModified)
    }

    func testAReadOnlySessionSavesACopyAndEditsIt() throws {
        let saved = Support.SavedFiles()
        var state = try Support.state("lancashire-south-cumbria")
        state.session.readOnlyReason = "alice on host since 10:00 has it open"
        var program = Support.program(state, saved: saved)
        Support.press([.ctrl("s")], &program)
        XCTAssertTrue(saved.files.isEmpty, "the file itself is not saved")
        Support.press([.char(":"), .char("w"), .char(" ")] + Support.type("copy.json") + [.enter], &program)
        XCTAssertNotNil(saved.files["copy.json"])
        XCTAssertEqual(program.state.session.filePath, "copy.json")
        XCTAssertNil(program.state.session.readOnlyReason)
        Support.press([.char("2"), .char("g")], &program)
        XCTAssertEqual(program.state.review.mergerTests[0].rag, .green)
    }

    func testReadOnlyRefusesEveryEdit() throws {
        var state = try Support.state("lancashire-south-cumbria")
        state.session.readOnlyReason = "alice on host since 10:00 has it open"
        var program = Support.program(state)
        let before = program.state.review
        Support.press([.char("2"), .char("g"), .char("s"), .char("e"), .char("A"), .char("d"), .char("x")], &program)
        XCTAssertTrue(program.state.review == before)
        XCTAssertTrue(program.state.message?.text.contains("Read-only") ?? false)
    }
}
