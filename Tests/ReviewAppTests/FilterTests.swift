import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// `f`: a pane's list (the timeline, the merger tests, the organisations or places, the
/// recommendations, the action log) narrowed to the rows holding some text, said on the status
/// line until Esc clears it.
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
        AppTestSupport.press([.char("5"), .right, .char("|")] + AppTestSupport.type("write") + [.enter], &program)
        XCTAssertEqual(program.state.actionOrder, [0, 2])
        XCTAssertEqual(program.state.decisions.section, .actions)
        let screen = AppTestSupport.screen(program.state).joined(separator: "\n")
        XCTAssertTrue(screen.contains("Write to the"))
        XCTAssertFalse(screen.contains("Brief the"), screen)
        AppTestSupport.press([.char("/")] + AppTestSupport.type("brief the") + [.enter], &program)
        XCTAssertEqual(program.state.selectedItem, .action(1))
        XCTAssertNil(program.state.document.listFilter, "a search hit the filter hid clears the filter")
        AppTestSupport.press([.char("3"), .char("f")], &program)
        XCTAssertTrue(program.state.message?.text.hasPrefix("f filters the lists of the timeline, tests, budgets and decisions panes") ?? false)
        guard case .normal = program.state.mode else { return XCTFail("no filter prompt on the appraisal pane") }
    }

    /// The Lancashire review with five merger tests; "estates" is in the titles of the 3rd and
    /// 5th and in the evidence of the 2nd.
    private func testsProgram() throws -> ReviewProgram {
        var review = try AppTestSupport.review("lancashire-south-cumbria")
        review.mergerTests = [MergerTest(id: "t-1", title: "Clinical leadership"),
                              MergerTest(id: "t-2", title: "Financial management", evidence: [Evidence(id: "e-1", title: "Estates report")]),
                              MergerTest(id: "t-3", title: "Estates strategy"), MergerTest(id: "t-4", title: "Joint working"),
                              MergerTest(id: "t-5", title: "Estates transfer")]
        return AppTestSupport.program(AppState(review: review, filePath: "lsc.json", size: Size(width: 80, height: 24),
                                               theme: .monochrome, today: AppTestSupport.today, user: "secretary"))
    }

    func testTheMergerTestsFilterMovesOnShownRowsAndEscRestoresEveryTest() throws {
        var program = try testsProgram()
        AppTestSupport.press([.char("2"), .down, .down, .down], &program)
        XCTAssertEqual(program.state.selectedTestIndex, 3)
        AppTestSupport.press([.char("f")] + AppTestSupport.type("estates") + [.enter], &program)
        XCTAssertEqual(Array(program.state.shownTests), [1, 2, 4], "a test whose evidence holds the text is shown too")
        XCTAssertEqual(program.state.selectedTestIndex, 1, "the selected test is hidden: the first shown is selected")
        var screen = AppTestSupport.screen(program.state)
        XCTAssertTrue(screen[22].hasPrefix(" FILTER \"estates\" 3 of 5 · Esc clears"), screen[22])
        XCTAssertTrue(screen.contains { $0.contains("Estates strategy") })
        XCTAssertFalse(screen.contains { $0.contains("Clinical leadership") || $0.contains("Joint working") }, screen.joined(separator: "\n"))
        AppTestSupport.press([.down, .down, .down], &program)
        XCTAssertEqual(program.state.selectedTestIndex, 4, "moving stops at the last shown test")
        AppTestSupport.press([.up], &program)
        XCTAssertEqual(program.state.selectedItem, .test(2))
        AppTestSupport.press([.escape], &program)
        XCTAssertNil(program.state.document.listFilter)
        XCTAssertEqual(program.state.shownTests.count, 5)
        XCTAssertEqual(program.state.selectedItem, .test(2), "the selected test stays selected")
        screen = AppTestSupport.screen(program.state)
        XCTAssertTrue(screen.contains { $0.contains("Clinical leadership") })
        XCTAssertFalse(screen[22].contains("FILTER"))
    }

    func testTheMergerTestsFilterFollowsDeletesAndUndoAndSaysWhenNothingIsLeft() throws {
        var program = try testsProgram()
        AppTestSupport.press([.char("2"), .char("f")] + AppTestSupport.type("estates") + [.enter, .down], &program)
        XCTAssertEqual(program.state.selectedItem, .test(2))
        AppTestSupport.press([.char("d")], &program)
        XCTAssertEqual(program.state.review.mergerTests.count, 4)
        XCTAssertEqual(Array(program.state.shownTests), [1, 3], "the deleted test's row is gone; the last moved up one")
        XCTAssertEqual(program.state.document.listFilter?.statusText, "FILTER \"estates\" 2 of 4 · Esc clears")
        let selected = try XCTUnwrap(program.state.selectedTestIndex)
        XCTAssertTrue(program.state.shownTests.contains(selected), "the selection is on a shown test")
        AppTestSupport.press([.char("u")], &program)
        XCTAssertEqual(Array(program.state.shownTests), [1, 2, 4], "undo brings the row back")
        XCTAssertEqual(program.state.selectedItem, .test(2))
        // An edit that keeps the text keeps the row; Enter in the evidence goes by the shown test.
        AppTestSupport.press([.char("e")], &program)
        AppTestSupport.setField("Title", "Estates and buildings", &program)
        AppTestSupport.press([.enter], &program)
        XCTAssertEqual(program.state.review.mergerTests[2].title, "Estates and buildings")
        XCTAssertEqual(Array(program.state.shownTests), [1, 2, 4])
        XCTAssertEqual(program.state.selectedItem, .test(2))
        AppTestSupport.press([.char("f"), .ctrl("u")] + AppTestSupport.type("zzz") + [.enter], &program)
        XCTAssertEqual(program.state.shownTests.count, 0)
        XCTAssertNil(program.state.selectedItem)
        XCTAssertTrue(AppTestSupport.screen(program.state).contains { $0.contains("No merger test holds \"zzz\": Esc clears the filter") },
                      AppTestSupport.screen(program.state).joined(separator: "\n"))
        AppTestSupport.press([.escape], &program)
        XCTAssertEqual(program.state.shownTests.count, 5)
        XCTAssertNotNil(program.state.selectedItem)
    }

    func testTheRecommendationsFilterWhenTheirSectionIsSelected() throws {
        var review = try AppTestSupport.review("lancashire-south-cumbria")
        review.recommendations = [Recommendation(id: "r-1", text: "Note the report"), Recommendation(id: "r-2", text: "Approve the merger"),
                                  Recommendation(id: "r-3", text: "Note the risks"), Recommendation(id: "r-4", text: "Approve the budget")]
        var program = AppTestSupport.program(AppState(review: review, filePath: "lsc.json", size: Size(width: 80, height: 24),
                                                      theme: .monochrome, today: AppTestSupport.today, user: "secretary"))
        AppTestSupport.press([.char("5"), .down, .down], &program)
        XCTAssertEqual(program.state.selectedItem, .recommendation(2))
        AppTestSupport.press([.char("f")] + AppTestSupport.type("approve") + [.enter], &program)
        XCTAssertEqual(Array(program.state.shownRecommendations), [1, 3])
        XCTAssertEqual(program.state.document.listFilter?.list, .recommendations)
        XCTAssertEqual(program.state.selectedItem, .recommendation(1))
        let screen = AppTestSupport.screen(program.state).joined(separator: "\n")
        XCTAssertTrue(screen.contains("Approve the budget"))
        XCTAssertFalse(screen.contains("Note the risks"), screen)
        AppTestSupport.press([.end], &program)
        XCTAssertEqual(program.state.selectedItem, .recommendation(3))
        // Deleting a shown recommendation takes its row away and leaves the selection on a shown one; undo brings it back.
        AppTestSupport.press([.char("d")], &program)
        XCTAssertEqual(Array(program.state.shownRecommendations), [1])
        XCTAssertEqual(program.state.selectedItem, .recommendation(1))
        AppTestSupport.press([.char("u")], &program)
        XCTAssertEqual(Array(program.state.shownRecommendations), [1, 3])
        XCTAssertEqual(program.state.selectedItem, .recommendation(3))
        // Adding a recommendation the filter hides clears the filter, so the new row is seen.
        AppTestSupport.press([.char("a")], &program)
        XCTAssertNil(program.state.document.listFilter)
        AppTestSupport.press([.escape], &program)
        XCTAssertEqual(program.state.review.recommendations.count, 4)
        AppTestSupport.press([.escape, .char("f")] + AppTestSupport.type("approve") + [.enter, .escape], &program)
        XCTAssertEqual(program.state.shownRecommendations.count, 4)
        XCTAssertEqual(program.state.selectedItem, .recommendation(3), "the selected recommendation stays selected")
    }

    func testTheBudgetsFilterNarrowsTheOrganisationsAndGoesWithVToThePlaces() throws {
        // "fylde" is in the names or notes of three organisations and one place.
        var program = AppTestSupport.program(try AppTestSupport.state("lancashire-south-cumbria"))
        let review = program.state.review
        AppTestSupport.press([.char("4"), .char("f")] + AppTestSupport.type("fylde") + [.enter], &program)
        XCTAssertEqual(Array(program.state.shownEntities(.organisations)), [1, 4, 7])
        XCTAssertEqual(program.state.selectedItem, .organisation(1), "the first organisation is hidden: the first shown is selected")
        var screen = AppTestSupport.screen(program.state).joined(separator: "\n")
        XCTAssertTrue(screen.contains("NHS Fylde and Wyre"), screen)
        XCTAssertFalse(screen.contains("NHS Chorley and South Ribble CCG"), screen)
        // The totals stay those of every organisation, and their label says so.
        let totals = try XCTUnwrap(screen.split(separator: "\n").first { $0.contains("Total") })
        XCTAssertTrue(totals.contains("Total of all 8") && totals.contains("1,777,610") && totals.contains("2,909.3"), String(totals))
        AppTestSupport.press([.down, .down, .down], &program)
        XCTAssertEqual(program.state.selectedItem, .organisation(7))
        // Deleting a shown organisation takes its row away; undo brings it back, selected.
        AppTestSupport.press([.char("d")], &program)
        XCTAssertEqual(Array(program.state.shownEntities(.organisations)), [1, 4])
        XCTAssertEqual(program.state.document.listFilter?.statusText, "FILTER \"fylde\" 2 of 7 · Esc clears")
        XCTAssertEqual(program.state.selectedItem, .organisation(4))
        AppTestSupport.press([.char("u")], &program)
        XCTAssertEqual(Array(program.state.shownEntities(.organisations)), [1, 4, 7])
        XCTAssertEqual(program.state.selectedItem, .organisation(7))
        AppTestSupport.press([.char("v")], &program)
        XCTAssertEqual(program.state.document.listFilter?.list, .places, "v takes the filter to the places")
        XCTAssertEqual(Array(program.state.shownEntities(.places)), [1])
        XCTAssertEqual(program.state.selectedItem, .place(1))
        screen = AppTestSupport.screen(program.state).joined(separator: "\n")
        XCTAssertTrue(screen.contains("FILTER \"fylde\" 1 of \(review.programme.places.count)"), screen)
        XCTAssertFalse(screen.contains("Central Lancashire"), screen)
        AppTestSupport.press([.escape], &program)
        XCTAssertEqual(program.state.shownEntities(.places).count, review.programme.places.count)
        let body = AppTestSupport.bodyLines(program.state)
        XCTAssertTrue(body.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("Total") }, body.joined(separator: "\n"))
        XCTAssertFalse(body.contains { $0.contains("Total of all") }, "unfiltered, the label is just Total")
        XCTAssertEqual(program.state.selectedItem, .place(1), "the selected place stays selected")
    }

    func testASearchHitTheFilterHidesClearsItAndEscPutsItBackWithTheSelection() throws {
        var program = try testsProgram()
        AppTestSupport.press([.char("2"), .char("f")] + AppTestSupport.type("estates") + [.enter, .down], &program)
        XCTAssertEqual(program.state.selectedItem, .test(2))
        AppTestSupport.press([.char("/")] + AppTestSupport.type("joint"), &program)
        XCTAssertEqual(program.state.selectedItem, .test(3), "the hit is selected")
        XCTAssertNil(program.state.document.listFilter, "the filter gives way to it")
        AppTestSupport.press([.escape], &program)
        XCTAssertEqual(program.state.document.listFilter?.query, "estates", "Esc puts the filter back")
        XCTAssertEqual(program.state.selectedItem, .test(2), "and the selection with it")
    }
}
