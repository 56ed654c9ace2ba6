import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// Links are picked by name from a filterable list; ids are never typed or shown.
final class LinkPickerTests: XCTestCase {
    typealias Support = AppTestSupport

    private func openField(_ name: String, _ program: inout ReviewProgram) {
        Support.press([.char("e")], &program)
        moveTo(name, &program)
    }

    /// Tabs through the open editor to the named field.
    private func moveTo(_ name: String, _ program: inout ReviewProgram) {
        for _ in 0..<20 {
            guard case .editing(let editor) = program.state.mode, editor.field?.name != name else { break }
            Support.press([.tab], &program)
        }
    }

    private func picker(_ program: ReviewProgram) throws -> Picker {
        guard case .editing(let editor) = program.state.mode else { throw XCTSkip("no editor") }
        return try XCTUnwrap(editor.picker)
    }

    func testDependsOnIsTickedByNameAndStoredAsIdsInOneUndoStepAndJournaled() throws {
        let saved = Support.SavedFiles()
        var program = Support.program(try Support.state("coventry-warwickshire"), saved: saved)
        Support.press([.char("1"), .end], &program)
        guard case .milestone(let index) = try XCTUnwrap(program.state.selectedItem) else { return XCTFail("a milestone") }
        let before = program.state.review
        let target = try XCTUnwrap(before.milestones.first { $0.id != before.milestones[index].id && !before.milestones[index].dependsOn.contains($0.id) })
        openField("Depends on", &program)
        let word = String(target.title.split(separator: " ").max { $0.count < $1.count } ?? "")
        Support.press(Support.type(word.lowercased()), &program)
        var picker = try picker(program)
        XCTAssertTrue(picker.matches.allSatisfy { picker.labels[$0].lowercased().contains(word.lowercased()) })
        while picker.highlighted.map({ picker.labels[$0].hasPrefix(target.title) }) != true {
            Support.press([.down], &program)
            picker = try self.picker(program)
        }
        let screen = Support.screen(program.state).joined(separator: "\n")
        XCTAssertTrue(screen.contains("[ ] " + target.title.prefix(20)), screen)
        XCTAssertFalse(screen.contains(target.id + " ") || screen.contains(target.id + ","), "no id on screen")
        Support.press([.char(" "), .enter], &program)
        XCTAssertEqual(program.state.review.milestones[index].dependsOn, before.milestones[index].dependsOn + [target.id])
        XCTAssertEqual(program.state.document.history.position, 1)
        XCTAssertEqual(saved.recordedEdits, [1], "the accepted link is in the recovery journal")
        XCTAssertTrue(Validation.errors(in: program.state.review).isEmpty)
        Support.press([.char("u")], &program)
        XCTAssertTrue(program.state.review == before)
    }

    func testAnUntouchedPickerChangesNothingAndEscLeavesTheLinksAsTheyWere() throws {
        var program = Support.program(try Support.state("lancashire-south-cumbria"))
        Support.press([.char("4")], &program)
        let before = program.state.review
        openField("Places", &program)
        Support.press([.enter], &program)
        XCTAssertEqual(program.state.document.history.position, 0, "accepting untouched links is no edit")
        openField("Places", &program)
        Support.press([.char(" "), .escape], &program)
        guard case .confirmDiscard = program.state.mode else { return XCTFail("a tick would be lost: asks first") }
        Support.press([.char("d")], &program)
        XCTAssertTrue(program.state.review == before)
    }

    func testLinkedToPicksOneItemByNameAndNoneRemovesTheLink() throws {
        var program = Support.program(try Support.state("coventry-warwickshire"))
        Support.press([.char("1"), .char("x")], &program)
        let action = program.state.review.actions.count - 1
        XCTAssertNotNil(program.state.review.actions[action].linkedItemId)
        Support.press(Support.type("Board paper agreed") + [.tab], &program)
        moveTo("Linked to", &program)
        XCTAssertTrue(try picker(program).highlighted.map { try picker(program).labels[$0] }?.hasPrefix("Milestone: ") ?? false,
                      "opens on the current link")
        Support.press(Support.type("none") + [.enter], &program)
        XCTAssertNil(program.state.review.actions[action].linkedItemId)
        XCTAssertEqual(program.state.document.history.position, 1, "the quick action and its fields are one step")
    }

    func testAPasteIntoAPickerNarrowsTheList() throws {
        var program = Support.program(try Support.state("lancashire-south-cumbria"))
        Support.press([.char("4")], &program)
        openField("Places", &program)
        let all = try picker(program).labels.count
        Support.press([.paste("zz\nqq")], &program)
        XCTAssertEqual(try picker(program).filter, "zzqq")
        XCTAssertTrue(try picker(program).matches.count < all)
        XCTAssertTrue(Support.editorIsOpen(program))
    }
}
