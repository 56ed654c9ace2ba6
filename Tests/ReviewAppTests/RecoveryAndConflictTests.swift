import XCTest
import ReviewModel
import TerminalToolkit
import TerminalTestSupport
@testable import ReviewApp

/// The app's side of durability: every edit reaches the recovery journal, a save clears it,
/// a recovery offer restores or discards, and a file changed on disk is never overwritten unasked.
final class RecoveryAndConflictTests: XCTestCase {
    private typealias Support = AppTestSupport

    func testEveryEditIsJournalledAndASaveClearsTheJournal() throws {
        let saved = Support.SavedFiles()
        var program = Support.program(try Support.state("lancashire-south-cumbria"), saved: saved)
        Support.press([.char("2"), .char("g"), .char("j"), .char("r")], &program)
        XCTAssertEqual(saved.recordedEdits, [1, 2])
        Support.press([.char("u")], &program)
        XCTAssertEqual(saved.recordedEdits, [1, 2, 1], "undo is an edit too: the journal follows it")
        Support.press([.ctrl("s")], &program)
        XCTAssertEqual(saved.recoveryCleared, 1)
        XCTAssertFalse(program.state.isModified)
    }

    func testUndoingBackToTheSavedStateClearsTheJournal() throws {
        let saved = Support.SavedFiles()
        var program = Support.program(try Support.state("lancashire-south-cumbria"), saved: saved)
        Support.press([.char("2"), .char("g"), .char("u")], &program)
        XCTAssertEqual(saved.recordedEdits, [1])
        XCTAssertEqual(saved.recoveryCleared, 1)
    }

    func testRecoveryOfferRestoresTheUnsavedEdits() throws {
        let saved = Support.SavedFiles()
        var state = try Support.state("lancashire-south-cumbria")
        var edited = state.review
        edited.mergerTests[0].rag = .red
        let offer = RecoveryOffer(review: edited, changeCount: 1, firstChangeAt: "2026-11-23T10:00:00Z",
                                  lastChangeAt: "2026-11-23T10:05:00Z", who: "secretary")
        state.mode = .confirmRecovery(offer.dialog, offer)
        var program = Support.program(state, saved: saved)
        let screen = Support.screen(program.state).joined(separator: "\n")
        XCTAssertTrue(screen.contains("Unsaved changes found"), screen)
        XCTAssertTrue(screen.contains("1 change by secretary not saved"), screen)
        Support.press([.char("r")], &program)
        XCTAssertEqual(program.state.review.mergerTests[0].rag, .red)
        XCTAssertTrue(program.state.isModified, "restored edits are unsaved until ^S")
        XCTAssertEqual(saved.recordedEdits, [1], "the restored state is journalled again")
        Support.press([.char("u")], &program)
        XCTAssertNotEqual(program.state.review.mergerTests[0].rag, .red, "the restore itself can be undone")
    }

    func testRecoveryOfferDiscardAndKeepForLater() throws {
        let original = try Support.state("lancashire-south-cumbria")
        var edited = original.review
        edited.mergerTests[0].rag = .red
        let offer = RecoveryOffer(review: edited, changeCount: 3, firstChangeAt: "a", lastChangeAt: "b", who: "x")

        var discarding = original
        discarding.mode = .confirmRecovery(offer.dialog, offer)
        let discardSaved = Support.SavedFiles()
        var program = Support.program(discarding, saved: discardSaved)
        Support.press([.char("d")], &program)
        XCTAssertEqual(discardSaved.recoveryCleared, 1)
        XCTAssertEqual(program.state.review, original.review)
        XCTAssertFalse(program.state.isReadOnly)

        var keeping = original
        keeping.mode = .confirmRecovery(offer.dialog, offer)
        let keepSaved = Support.SavedFiles()
        program = Support.program(keeping, saved: keepSaved)
        Support.press([.escape], &program)
        XCTAssertTrue(program.state.isReadOnly, "kept for later: this session must not overwrite them")
        Support.press([.char("2"), .char("r")], &program)
        XCTAssertEqual(keepSaved.recordedEdits, [], "a read-only session records nothing")
        XCTAssertEqual(Support.press([.char("q")], &program), .quit(exitCode: 0))
        XCTAssertEqual(keepSaved.recoveryCleared, 0, "the kept recovery data survives the quit")
    }

    func testAFileChangedOnDiskIsNotOverwrittenUnasked() throws {
        let saved = Support.SavedFiles()
        var program = Support.program(try Support.state("lancashire-south-cumbria"), saved: saved)
        Support.press([.char("2"), .char("r")], &program)
        saved.changedOnDisk = true
        Support.press([.ctrl("s")], &program)
        XCTAssertNil(saved.files["lancashire-south-cumbria.json"], "nothing written")
        guard case .confirmOverwrite = program.state.mode else { return XCTFail("expected the changed-on-disk dialog") }
        let screen = Support.screen(program.state).joined(separator: "\n")
        XCTAssertTrue(screen.contains("Changed on disk"), screen)
        Support.press([.escape], &program)
        XCTAssertTrue(program.state.isModified, "cancel keeps the edits")
        Support.press([.ctrl("s"), .char("o")], &program)
        XCTAssertEqual(saved.files["lancashire-south-cumbria.json"]?.mergerTests[0].rag, .red, "overwrite was asked for")
        XCTAssertFalse(program.state.isModified)
    }

    func testReloadTheirsReplacesTheReviewAndUndoBringsYoursBack() throws {
        let saved = Support.SavedFiles()
        var program = Support.program(try Support.state("lancashire-south-cumbria"), saved: saved)
        var theirs = program.state.review
        theirs.mergerTests[1].owner = "Someone else"
        saved.onDisk = theirs
        Support.press([.char("2"), .char("r")], &program)
        saved.changedOnDisk = true
        Support.press([.ctrl("s"), .char("r")], &program)
        XCTAssertEqual(program.state.review, theirs)
        XCTAssertFalse(program.state.isModified, "what was reloaded is what is on disk")
        Support.press([.char("u")], &program)
        XCTAssertEqual(program.state.review.mergerTests[0].rag, .red, "your version is one undo away")
    }

    func testQuittingWithDiscardRemovesTheRecoveryDataButAHangupWouldNot() throws {
        let saved = Support.SavedFiles()
        var program = Support.program(try Support.state("lancashire-south-cumbria"), saved: saved)
        Support.press([.char("2"), .char("r")], &program)
        XCTAssertEqual(saved.recoveryCleared, 0, "an unsaved edit keeps its recovery data")
        Support.press([.char("q")], &program)
        guard case .confirmQuit = program.state.mode else { return XCTFail("quitting with changes asks first") }
        XCTAssertEqual(Support.press([.char("d")], &program), .quit(exitCode: 0))
        XCTAssertEqual(saved.recoveryCleared, 1, "discarding on purpose removes it")
    }
}
