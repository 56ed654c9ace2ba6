import ReviewModel
import TerminalToolkit
import XCTest
@testable import ReviewApp

/// A review a merge left conflicts in opens on the conflicts list; choosing a side is an
/// undoable edit and the saved review has no conflict left.
final class ConflictsListTests: XCTestCase {
    private func mergedState() throws -> AppState {
        let base = try AppTestSupport.review("north-west-london")
        var ours = base, theirs = base
        ours.mergerTests[0].rag = .amber
        theirs.mergerTests[0].rag = .red
        ours.mergerTests[1].owner = "Director of Strategy"
        theirs.mergerTests[1].owner = "Chief Nurse"
        let merged = ReviewMerge.merge(base: base, ours: ours, theirs: theirs)
        XCTAssertEqual(merged.conflicts.count, 2)
        return AppState(review: merged, filePath: "merged.json", size: Size(width: 80, height: 24), theme: .monochrome,
                        today: AppTestSupport.today, user: "secretary")
    }

    func testOpensOnTheListShowingBaseOursAndTheirs() throws {
        let state = try mergedState()
        guard case .conflicts(selected: 0) = state.mode else { return XCTFail("opens on the conflicts list: \(state.mode)") }
        let screen = AppTestSupport.screen(state).joined(separator: "\n")
        let title = state.review.mergerTests[0].title
        XCTAssertTrue(screen.contains("Conflicts from a merge: 2 left"), screen)
        XCTAssertTrue(screen.contains("merger test \"\(title)\": RAG"), screen)
        XCTAssertTrue(screen.contains("Ours   Amber"), screen)
        XCTAssertTrue(screen.contains("Theirs Red"), screen)
        XCTAssertTrue(screen.contains("o ours  t theirs  e edit  Esc close"), "the keys are on screen:\n\(screen)")
    }

    func testChoosingTheirsThenOursSettlesBothAndSavesWithoutConflicts() throws {
        let saved = AppTestSupport.SavedFiles()
        var program = AppTestSupport.program(try mergedState(), saved: saved)
        AppTestSupport.press([.char("t")], &program)
        XCTAssertEqual(program.state.review.mergerTests[0].rag, .red)
        XCTAssertEqual(program.state.review.conflicts.count, 1)
        AppTestSupport.press([.char("o")], &program)
        XCTAssertEqual(program.state.review.mergerTests[1].owner, "Director of Strategy")
        XCTAssertEqual(program.state.review.conflicts, [])
        guard case .normal = program.state.mode else { return XCTFail("the list closes when none is left") }
        AppTestSupport.press([.char("u")], &program)
        XCTAssertEqual(program.state.review.conflicts.count, 1, "undo brings a conflict back")
        AppTestSupport.press([.ctrl("r")], &program)
        XCTAssertEqual(program.state.review.conflicts, [])
        AppTestSupport.press([.ctrl("s")], &program)
        XCTAssertEqual(saved.files["merged.json"]?.conflicts, [])
        XCTAssertEqual(saved.files["merged.json"]?.mergerTests[0].rag, .red)
    }

    func testEscapeClosesAndTheCommandReopens() throws {
        var program = AppTestSupport.program(try mergedState())
        AppTestSupport.press([.escape], &program)
        guard case .normal = program.state.mode else { return XCTFail("Esc closes the list") }
        AppTestSupport.press([.char(":")] + AppTestSupport.type("conflicts") + [.enter], &program)
        guard case .conflicts = program.state.mode else { return XCTFail(":conflicts reopens it: \(program.state.mode)") }
    }
}
