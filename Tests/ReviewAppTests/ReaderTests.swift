import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// The reader: Enter shows an item in full, scrolls, edits on `e` only, and returns with the
/// selection unchanged.
final class ReaderTests: XCTestCase {
    /// Every line the reader shows, scrolling with PgDn to the end.
    private func readAll(_ program: inout ReviewProgram) -> String {
        var seen: [String] = []
        for _ in 0..<40 {
            let screen = AppTestSupport.screen(program.state)
            seen += screen
            let before = screen
            AppTestSupport.press([.pageDown], &program)
            if AppTestSupport.screen(program.state) == before { break }
        }
        return seen.joined(separator: "\n")
    }

    /// Words joined over line breaks, so a wrapped sentence can be found.
    private func words(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "│" || $0 == "▲" || $0 == "▼" || $0 == "█" })
            .joined(separator: " ")
    }

    func testEnterShowsTheWholeDescriptionPgDnScrollsAndEscReturnsWithTheSelectionUnchanged() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("coventry-warwickshire"))
        AppTestSupport.press([.char("2"), .char("j"), .char("j")], &program)
        let selection = program.state.tests.rows
        let test = program.state.review.mergerTests[2]
        XCTAssertFalse(words(AppTestSupport.screen(program.state).joined(separator: "\n")).contains(words(test.description)),
                       "the pane shows only the start of the description")
        AppTestSupport.press([.enter], &program)
        guard case .reading = program.state.mode else { return XCTFail("Enter opens the reader") }
        let first = AppTestSupport.screen(program.state)
        XCTAssertTrue(first.joined().contains("Merger test 3 of 10"))
        XCTAssertTrue(first.joined().contains("of "), "the position is in the border: \(first)")
        AppTestSupport.press([.pageDown], &program)
        XCTAssertNotEqual(AppTestSupport.screen(program.state), first, "PgDn scrolls")
        AppTestSupport.press([.home], &program)
        XCTAssertEqual(AppTestSupport.screen(program.state), first, "Home goes back to the top")
        let all = words(readAll(&program))
        XCTAssertTrue(all.contains(words(test.description)), "the whole description is readable:\n\(all)")
        XCTAssertTrue(all.contains(words(test.notes)), "and the notes")
        for key: Key in [.char("x"), .char("d"), .char("r"), .char("a")] { AppTestSupport.press([key], &program) }
        XCTAssertEqual(program.state.review, try AppTestSupport.review("coventry-warwickshire"), "keys in the reader change nothing")
        AppTestSupport.press([.escape], &program)
        guard case .normal = program.state.mode else { return XCTFail("Esc returns to the pane") }
        XCTAssertEqual(program.state.tests.rows.selected, selection.selected)
        XCTAssertEqual(program.state.pane, .tests)
    }

    func testEFromTheReaderEditsTheSameItem() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("lancashire-south-cumbria"))
        AppTestSupport.press([.char("2"), .char("j"), .enter, .char("e")], &program)
        guard case .editing(let editor) = program.state.mode else { return XCTFail("e edits") }
        XCTAssertEqual(editor.item, .test(1))
    }

    /// Cons of Coventry & Warwickshire's preferred option are reachable at 80x24.
    func testTheConsOfThePreferredOptionAreReachableAt80x24() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("coventry-warwickshire"))
        AppTestSupport.press([.char("3"), .char("p"), .enter], &program)
        let review = program.state.review
        let option = try XCTUnwrap(review.appraisal.options.first { $0.id == review.appraisal.preferredOptionId })
        XCTAssertFalse(option.cons.isEmpty)
        let all = words(readAll(&program))
        for con in option.cons { XCTAssertTrue(all.contains(words(con)), "missing con: \(con)") }
    }

    /// Names, not ids: no id of the fixture appears in the reader of any milestone, test,
    /// recommendation or action.
    func testTheReaderShowsNamesNotIds() throws {
        for fixture in ["coventry-warwickshire", "lancashire-south-cumbria"] {
            let review = try AppTestSupport.review(fixture)
            let ids = Set(review.milestones.map(\.id) + review.mergerTests.map(\.id) + review.actions.map(\.id)
                          + review.recommendations.map(\.id) + review.appraisal.options.map(\.id)
                          + review.programme.organisations.map(\.id) + review.programme.places.map(\.id))
            let items: [ItemRef] = review.milestones.indices.map { .milestone($0) } + review.mergerTests.indices.map { .test($0) }
                + review.recommendations.indices.map { .recommendation($0) } + review.actions.indices.map { .action($0) }
            for item in items {
                var state = try AppTestSupport.state(fixture, width: 132, height: 60)
                state.mode = .reading(ReaderState(item: item))
                let text = ReaderContent.paragraphs(item, state).map(\.text).joined(separator: "\n")
                for id in ids where text.contains(id) {
                    XCTFail("\(fixture) \(item): the reader shows the id \(id):\n\(text)")
                }
            }
        }
    }
}
