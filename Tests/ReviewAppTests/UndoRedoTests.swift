import XCTest
import ReviewModel
import TerminalToolkit
import ReviewGenerator
@testable import ReviewApp

final class UndoRedoTests: XCTestCase {
    func testFiftyRandomEditsUndoneAndRedone() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("coventry-warwickshire"))
        let loaded = program.state.review
        var random = SeededRandom(state: 2019)
        let editKeys: [[Key]] = [
            [.char("2"), .char("r")], [.char("2"), .char("g")], [.char("2"), .char("s")], [.char("2"), .char("j"), .char("a")],
            [.char("2"), .char("y")], [.char("1"), .char("y")], [.char("5"), .char("A"), .enter],
            [.char("3"), .char("e"), .modified(.char("a"), .alt), .char("X"), .tab, .enter], [.char("2"), .char("J")],
            [.char("4"), .char("e"), .tab, .ctrl("u"), .char("C"), .enter],
        ]
        var edits = 0
        var guardCount = 0
        while edits < 50 && guardCount < 1000 {
            guardCount += 1
            let before = program.state.document.history.current.revision
            AppTestSupport.press(editKeys[Int(random.next() % UInt64(editKeys.count))], &program)
            AppTestSupport.press([.char(Character(String(Int(random.next() % 5) + 1)))], &program)
            if program.state.document.history.current.revision != before { edits += 1 }
        }
        XCTAssertEqual(edits, 50)
        let edited = program.state.review
        XCTAssertFalse(edited == loaded)
        for _ in 0..<edits { AppTestSupport.press([.char("u")], &program) }
        XCTAssertTrue(program.state.review == loaded)
        XCTAssertFalse(program.state.isModified, "undoing back to the saved state clears the marker")
        AppTestSupport.press([.char("u")], &program)
        XCTAssertEqual(program.state.message?.text, "Nothing to undo")
        for _ in 0..<edits { AppTestSupport.press([.ctrl("r")], &program) }
        XCTAssertTrue(program.state.review == edited)
        XCTAssertTrue(program.state.isModified)
    }

    func testUndoBackToASavedStateClearsTheMarker() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("lancashire-south-cumbria"))
        AppTestSupport.press([.char("2"), .char("g"), .ctrl("s"), .char("r")], &program)
        XCTAssertTrue(program.state.isModified)
        AppTestSupport.press([.char("u")], &program)
        XCTAssertFalse(program.state.isModified)
        AppTestSupport.press([.char("u")], &program)
        XCTAssertTrue(program.state.isModified, "before the save is modified relative to the file")
    }
}
