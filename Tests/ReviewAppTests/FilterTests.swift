import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// `f`: the timeline or the action log narrowed to the rows holding some text, said on the
/// status line until Esc clears it.
final class FilterTests: XCTestCase {
    /// The milestone rows on screen (rows of the list with a date column), by title prefix.
    private func shownMilestoneTitles(_ state: AppState) -> [String] {
        let review = state.review
        return state.timelineMilestoneRows.compactMap { row in
            if case .milestone(let index) = state.timelineRows[row] { return review.milestones[index].title }
            return nil
        }
    }

    func testFilterNarrowsTheTimelineSaysSoAndEscClearsIt() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("lancashire-south-cumbria"))
        let review = program.state.review
        let expected = review.milestones.filter { ($0.title + " " + $0.owner + " " + $0.notes).lowercased().contains("joint committee") }
        XCTAssertGreaterThan(expected.count, 1)
        XCTAssertLessThan(expected.count, review.milestones.count)
        AppTestSupport.press([.char("1"), .char("f")] + AppTestSupport.type("Joint Committee"), &program)
        XCTAssertTrue(AppTestSupport.screen(program.state)[22].hasPrefix("Filter: Joint Committee"), AppTestSupport.screen(program.state)[22])
        AppTestSupport.press([.enter], &program)
        let shown = shownMilestoneTitles(program.state)
        XCTAssertEqual(Set(shown), Set(expected.map(\.title)), "only the milestones holding the text")
        let screen = AppTestSupport.screen(program.state)
        XCTAssertTrue(screen[22].hasPrefix(" FILTER \"Joint Committee\" \(expected.count) of \(review.milestones.count) · Esc clears"),
                      screen[22])
        let body = Geometry.body(program.state.size)
        for y in 4..<12 where !screen[y].dropFirst(2).hasPrefix("──") && !screen[y].trimmingCharacters(in: .whitespaces).isEmpty {
            guard case .milestone(let index)? = TimelineView.milestone(atRow: y, program.state, body: body) else {
                XCTFail("not a milestone: \(screen[y])")
                continue
            }
            XCTAssertTrue(expected.contains { $0.id == review.milestones[index].id }, screen[y])
            XCTAssertTrue(screen[y].contains(review.milestones[index].title.prefix(10)), screen[y])
        }
        // Moving goes through the shown rows only.
        AppTestSupport.press([.home], &program)
        for _ in 0..<shown.count {
            let index = try XCTUnwrap(program.state.selectedMilestoneIndex)
            XCTAssertTrue(expected.contains { $0.id == review.milestones[index].id })
            AppTestSupport.press([.down], &program)
        }
        let selected = program.state.selectedMilestoneIndex
        AppTestSupport.press([.escape], &program)
        XCTAssertNil(program.state.document.listFilter)
        XCTAssertEqual(shownMilestoneTitles(program.state).count, review.milestones.count)
        XCTAssertEqual(program.state.selectedMilestoneIndex, selected, "the selected milestone stays selected")
        XCTAssertFalse(AppTestSupport.screen(program.state)[22].contains("FILTER"))
    }

    func testTheFilterFollowsEditsAndEscWhileTypingPutsTheOldOneBack() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("lancashire-south-cumbria"))
        AppTestSupport.press([.char("1"), .char("f")] + AppTestSupport.type("joint committee") + [.enter], &program)
        let count = try XCTUnwrap(program.state.document.listFilter?.shownCount)
        AppTestSupport.press([.char("f"), .ctrl("u")] + AppTestSupport.type("zzz"), &program)
        XCTAssertEqual(program.state.document.listFilter?.shownCount, 0)
        XCTAssertTrue(AppTestSupport.screen(program.state).joined().contains("0 of"))
        AppTestSupport.press([.escape], &program)
        XCTAssertEqual(program.state.document.listFilter?.query, "joint committee", "Esc while typing puts the filter back")
        XCTAssertEqual(program.state.document.listFilter?.shownCount, count)
        // An edit that takes the text out of a shown milestone takes the row away.
        AppTestSupport.press([.home, .char("e"), .ctrl("u")] + AppTestSupport.type("Renamed") + [.enter], &program)
        let index = try XCTUnwrap(program.state.review.milestones.firstIndex { $0.title == "Renamed" })
        let milestone = program.state.review.milestones[index]
        if !(milestone.owner + milestone.notes).lowercased().contains("joint committee") {
            XCTAssertEqual(program.state.document.listFilter?.shownCount, count - 1)
        }
        AppTestSupport.press([.char("u")], &program)
        XCTAssertEqual(program.state.document.listFilter?.shownCount, count, "undo brings it back")
    }

    func testTheActionLogFiltersAndASearchHitItHidesClearsIt() throws {
        var review = try AppTestSupport.review("lancashire-south-cumbria")
        review.actions = [Action(id: "a-1", title: "Write to the practices"), Action(id: "a-2", title: "Brief the governing bodies"),
                          Action(id: "a-3", title: "Write to the councils")]
        var program = AppTestSupport.program(AppState(review: review, filePath: "lsc.json", size: Size(width: 80, height: 24),
                                                      theme: .monochrome, today: AppTestSupport.today, user: "secretary"))
        AppTestSupport.press([.char("5"), .char("|")] + AppTestSupport.type("write") + [.enter], &program)
        XCTAssertEqual(program.state.actionOrder, [0, 2])
        XCTAssertEqual(program.state.decisions.section, .actions)
        let screen = AppTestSupport.screen(program.state).joined(separator: "\n")
        XCTAssertTrue(screen.contains("Write to the"))
        XCTAssertFalse(screen.contains("Brief the"), screen)
        AppTestSupport.press([.char("/")] + AppTestSupport.type("brief the") + [.enter], &program)
        XCTAssertEqual(program.state.selectedItem, .action(1))
        XCTAssertNil(program.state.document.listFilter, "a search hit the filter hid clears the filter")
        AppTestSupport.press([.char("2"), .char("f")], &program)
        XCTAssertTrue(program.state.message?.text.hasPrefix("f filters the timeline and the action log") ?? false)
        guard case .normal = program.state.mode else { return XCTFail("no filter prompt on the tests pane") }
    }
}
