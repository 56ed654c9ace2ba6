import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// The decisions pane drawn through the toolkit's tables: empty columns give their width to
/// the titles, the scroll position sits beside the rows, linked items by name.
final class DecisionsPaneTests: XCTestCase {
    private let titles = ["Write to every practice with the vote date", "Publish the engagement report with the papers"]

    private func state(_ fixture: String, actions: [Action], width: Int = 80, height: Int = 24) throws -> AppState {
        var review = try AppTestSupport.review(fixture)
        review.actions = ChunkedArray(actions)
        var state = AppState(review: review, filePath: "\(fixture).json", size: Size(width: width, height: height),
                             theme: .monochrome, today: AppTestSupport.today, user: "secretary")
        _ = AppUpdate.update(&state, .key(.char("5")))
        return state
    }

    /// No action has a due date: the Due column collapses and the titles are whole at 80 columns.
    func testTitlesAreWholeBesideAnEmptyDueColumn() throws {
        for fixture in ["coventry-warwickshire", "lancashire-south-cumbria"] {
            let actions = titles.enumerated().map { Action(id: "a-\($0.offset)", title: $0.element, owner: "Board Secretary") }
            let screen = AppTestSupport.screen(try state(fixture, actions: actions))
            for title in titles {
                XCTAssertTrue(screen.contains { $0.contains(title + " ") }, "\(fixture): \(title)\n" + screen.joined(separator: "\n"))
            }
            XCTAssertEqual(screen.filter { $0.contains("Board Secretary") }.count, 2)
            let header = try XCTUnwrap(screen.first { $0.contains("Action") && $0.contains("Owner") }, screen.joined(separator: "\n"))
            XCTAssertFalse(header.contains("Due"), header)
        }
    }

    /// A linked item is shown by name, never by its id.
    func testALinkedItemIsShownByName() throws {
        let review = try AppTestSupport.review("coventry-warwickshire")
        let milestone = review.milestones[0]
        let state = try state("coventry-warwickshire", actions: [Action(id: "a-1", title: "Brief", linkedItemId: milestone.id)],
                              width: 132, height: 43)
        let screen = AppTestSupport.screen(state).joined(separator: "\n")
        XCTAssertTrue(screen.contains("Milestone: " + milestone.title.prefix(20)), screen)
        XCTAssertFalse(screen.contains(milestone.id), screen)
    }

    /// A long log scrolls with the selection; the position is drawn beside the rows, and a
    /// click finds the row drawn there.
    func testALongLogScrollsAndAClickFindsTheRow() throws {
        let actions = (0..<40).map { Action(id: "a-\($0)", title: "Action number \($0)", owner: "Board Secretary") }
        var program = AppTestSupport.program(try state("lancashire-south-cumbria", actions: actions))
        AppTestSupport.press([.right] + Array(repeating: .down, count: 30), &program)
        var buffer = Buffer(width: 80, height: 24)
        program.render(into: &buffer)
        let lines = buffer.lines()
        let selected = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("▶") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines[selected].contains("Action number 30 "), lines[selected])
        XCTAssertTrue((0..<buffer.height).contains { buffer[79, $0].grapheme == "▲" }, lines.joined(separator: "\n"))
        let rows = (0..<buffer.height).filter { lines[$0].contains("Action number") }
        for y in rows { XCTAssertTrue(lines[y].contains("Board Secretary"), lines[y]) }
        let y = try XCTUnwrap(rows.first)
        let number = try XCTUnwrap(Int(lines[y].split(separator: " ")[2]))
        AppTestSupport.press([.mouse(MouseEvent(.click, x: 10, y: y))], &program)
        XCTAssertEqual(program.state.selectedItem, .action(number))
    }

    /// The action log's content widths come from `Derived`, measured again after an edit.
    func testActionColumnWidthsFollowAnEdit() throws {
        var state = try state("coventry-warwickshire", actions: [Action(id: "a-1", title: "Brief")])
        XCTAssertEqual(state.derived.actionColumns.widths[2], 0, "no due dates")
        var review = state.review
        review.actions[0].due = CalendarDate(year: 2019, month: 6, day: 30)
        state.commit(review, label: "due")
        XCTAssertEqual(state.derived.actionColumns.widths[2], "30 Jun 2019".count)
    }

    /// Renaming, or removing, the item an action links to measures the Linked column again,
    /// though the action itself is unchanged.
    func testTheLinkedColumnFollowsARenameOfTheLinkedItem() throws {
        let review = try AppTestSupport.review("coventry-warwickshire")
        let milestone = review.milestones[1]
        var state = try state("coventry-warwickshire", actions: [Action(id: "a-1", title: "Brief", linkedItemId: milestone.id)])
        let linked = 4
        XCTAssertEqual(state.derived.actionColumns.widths[linked], ("Milestone: " + milestone.title).terminalWidth)
        for title in ["A much longer name for the milestone this action follows up", "Vote"] {
            var edited = state.review
            edited.milestones[1].title = title
            state.commit(edited, label: "rename")
            XCTAssertEqual(state.derived.actionColumns.widths[linked], ("Milestone: " + title).terminalWidth, title)
        }
        var edited = state.review
        edited.milestones.remove(at: 1)
        state.commit(edited, label: "remove")
        XCTAssertEqual(state.derived.actionColumns.widths[linked], 0, "a link to no item shows nothing")
    }
}
