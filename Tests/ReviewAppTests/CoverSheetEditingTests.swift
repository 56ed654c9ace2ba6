import Foundation
import XCTest
import ReviewModel
import ReviewStore
import TerminalToolkit
@testable import ReviewApp

/// The cover sheet (the review's `paper` section) in the app: shown on the Overview, edited
/// with `e` there or `:paper` anywhere, the purpose a choice; each field one undoable,
/// journalled edit that the board paper then prints.
final class CoverSheetEditingTests: XCTestCase {
    private typealias Support = AppTestSupport

    private func editor(_ program: ReviewProgram) -> EditorState? {
        if case .editing(let editor) = program.state.mode { return editor }
        return nil
    }

    func testTheOverviewShowsTheCoverSheetAndEEditsIt() throws {
        let saved = Support.SavedFiles()
        var program = Support.program(try Support.state("lancashire-south-cumbria"), saved: saved)
        Support.press([.char("0")], &program)
        var screen = Support.screen(program.state).joined(separator: "\n")
        XCTAssertTrue(screen.contains("── Cover sheet (e edits)"), screen)
        XCTAssertTrue(screen.contains("Not filled in"), screen)
        XCTAssertTrue(screen.contains("e cover sheet"), "the status bar names the key: \(screen)")

        Support.press([.char("e")], &program)
        let opened = try XCTUnwrap(editor(program))
        XCTAssertEqual(opened.item, .paper)
        XCTAssertEqual(opened.fields.map(\.name), ["Meeting", "Meeting date", "Agenda item", "Purpose", "Author",
                                                   "Executive sponsor", "Previously considered by"])
        XCTAssertEqual(opened.input.text, "", "an empty cover sheet opens with empty fields")
        Support.setField("Meeting", "Joint Committee of CCGs", &program)
        Support.setField("Meeting date", "Thursday 9 January 2020", &program)
        Support.setField("Agenda item", "9", &program)
        Support.setField("Purpose", "", &program)
        XCTAssertEqual(editor(program)?.input.text, "Not given")
        Support.press([.char("d")], &program)
        XCTAssertEqual(editor(program)?.input.text, "Decision", "the first letter picks the purpose")
        Support.press([.char(" ")], &program)
        XCTAssertEqual(editor(program)?.input.text, "Approval", "Space cycles")
        Support.press([.char("d")], &program)
        Support.setField("Author", "Board secretary", &program)
        Support.setField("Executive sponsor", "Accountable officer", &program)
        Support.setField("Previously considered by", "Joint Committee, 12 December 2019", &program)
        Support.press([.enter], &program)
        XCTAssertFalse(Support.editorIsOpen(program))

        let paper = try XCTUnwrap(program.state.review.paper)
        XCTAssertEqual(paper, PaperDetails(meeting: "Joint Committee of CCGs", meetingDate: "Thursday 9 January 2020", agendaItem: "9",
                                           purpose: .decision, author: "Board secretary", sponsor: "Accountable officer",
                                           previouslyConsidered: "Joint Committee, 12 December 2019"))
        XCTAssertEqual(saved.recordedEdits, Array(1...7), "each accepted field is an edit, journalled")
        // The text without the scroll gutter on its right.
        screen = Support.screen(program.state).map { line in
            String(line.reversed().drop { " │▲▼█".contains($0) }.reversed())
        }.joined(separator: "\n")
        XCTAssertTrue(screen.contains("Meeting: Joint Committee of CCGs · Date: Thursday 9 January 2020 · Agenda\n item: 9"), screen)
        XCTAssertTrue(screen.contains("Purpose: For decision"), screen)
        Support.press([.enter], &program)
        guard case .reading(let reader) = program.state.mode else { return XCTFail("Enter on the Overview reads the cover sheet") }
        XCTAssertEqual(reader.item, .paper)
        XCTAssertTrue(Support.screen(program.state).joined(separator: "\n").contains("Joint Committee, 12 December 2019"))
        Support.press([.escape], &program)
        let markdown = BoardPaper.markdown(program.state.review, today: Support.today)
        XCTAssertTrue(markdown.contains("Joint Committee of CCGs"), "the paper prints the cover sheet")
        XCTAssertTrue(markdown.contains("For decision"))

        // Every field is one step of undo; undoing them all leaves no `paper` section.
        Support.press([.char("u")], &program)
        XCTAssertEqual(program.state.review.paper?.previouslyConsidered, "")
        XCTAssertEqual(program.state.review.paper?.purpose, .decision)
        Support.press(Array(repeating: .char("u"), count: 6), &program)
        XCTAssertNil(program.state.review.paper)
        Support.press([.ctrl("r")], &program)
        XCTAssertEqual(program.state.review.paper?.meeting, "Joint Committee of CCGs")
    }

    func testColonPaperOpensTheCoverSheetFromAnyPaneAndNotWhilePresenting() throws {
        var program = Support.program(try Support.state("coventry-warwickshire"))
        Support.press([.char("2"), .char(":")] + Support.type("paper") + [.enter], &program)
        XCTAssertEqual(editor(program)?.item, .paper)
        XCTAssertEqual(editor(program)?.field?.name, "Meeting")
        Support.press([.escape], &program)
        XCTAssertNil(program.state.review.paper, "Esc changes nothing")

        Support.press([.char(":")] + Support.type("present") + [.enter], &program)
        Support.press([.char(":")] + Support.type("paper") + [.enter], &program)
        XCTAssertFalse(Support.editorIsOpen(program), "presenting is read-only")
        XCTAssertFalse(Support.screen(program.state).joined().contains("(e edits)"), "no edit hint while presenting")
    }

    func testAPurposeIsAChoiceAndEmptyingEveryFieldRemovesTheSection() throws {
        var program = Support.program(try Support.state("coventry-warwickshire"))
        Support.press([.char("0"), .char("e")], &program)
        Support.setField("Purpose", "", &program)
        Support.press([.char("i"), .enter], &program)
        XCTAssertEqual(program.state.review.paper, PaperDetails(purpose: .information))
        Support.press([.char("e")], &program)
        Support.setField("Purpose", "", &program)
        Support.press([.char("n"), .enter], &program)
        XCTAssertNil(program.state.review.paper, "nothing given: no paper section in the file")
        Support.press([.char("d")], &program)
        XCTAssertTrue(program.state.message?.text.contains("The cover sheet stays") ?? false, "\(String(describing: program.state.message))")
    }

    /// What the recovery journal writes for an edit (a `ReviewPatch`) carries the cover sheet.
    func testACoverSheetEditSurvivesTheJournalsPatch() throws {
        let before = try Support.review("north-west-london")
        var after = before
        after.paper = PaperDetails(meeting: "Governing Body", purpose: .assurance, author: "Board secretary")
        let patch = ReviewPatch.between(before, after)
        let decoded = try XCTUnwrap(ReviewPatch.decode(ArraySlice(patch.encoded())))
        XCTAssertEqual(decoded.applied(to: before)?.paper, after.paper)
    }
}
