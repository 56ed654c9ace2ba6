import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// The mouse: tabs, rows, double clicks and the wheel, worked out from the screen as drawn.
final class MouseTests: XCTestCase {
    private struct NotOnScreen: Error {}

    private func mouse(_ x: Int, _ y: Int, _ kind: MouseEvent.Kind = .click) -> Key { .mouse(MouseEvent(kind, x: x, y: y)) }

    /// The first screen row (from the pane's body down) holding the text, and the column it starts at.
    private func find(_ text: String, _ state: AppState, file: StaticString = #filePath, line: UInt = #line) throws -> (x: Int, y: Int) {
        let lines = AppTestSupport.screen(state)
        for y in 3..<lines.count - 2 {
            if let range = lines[y].range(of: text) {
                return (lines[y].distance(from: lines[y].startIndex, to: range.lowerBound), y)
            }
        }
        XCTFail("\"\(text)\" is not on screen:\n" + lines.joined(separator: "\n"), file: file, line: line)
        throw NotOnScreen()
    }

    func testClickingATabShowsItsPane() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("coventry-warwickshire"))
        for pane in Pane.allCases.reversed() + Pane.allCases {
            let tabs = AppTestSupport.screen(program.state)[2]
            let title = "\(pane.rawValue) \(pane.title)"
            let range = try XCTUnwrap(tabs.range(of: title), "no tab \(title) in \(tabs)")
            AppTestSupport.press([mouse(tabs.distance(from: tabs.startIndex, to: range.lowerBound) + 2, 2)], &program)
            XCTAssertEqual(program.state.pane, pane, "a click on \(title)")
        }
        AppTestSupport.press([mouse(79, 2)], &program)
        XCTAssertEqual(program.state.pane, Pane.allCases.last, "a click right of the tabs does nothing")
    }

    func testClickingARowSelectsItInEveryPane() throws {
        var review = try AppTestSupport.review("lancashire-south-cumbria")
        review.actions = [Action(id: "a-1", title: "Write to the practices"), Action(id: "a-2", title: "Brief the governing bodies")]
        var program = AppTestSupport.program(AppState(review: review, filePath: "lsc.json", size: Size(width: 80, height: 24),
                                                      theme: .monochrome, today: AppTestSupport.today, user: "secretary"))
        // Timeline: a milestone above the selection whose title is on screen once.
        AppTestSupport.press([.char("1")], &program)
        let derived = program.state.derived
        let screen = AppTestSupport.screen(program.state).joined(separator: "\n")
        let above = max(0, (program.state.timeline.rows.selected ?? 0) - 5)..<(program.state.timeline.rows.selected ?? 0)
        let index = try XCTUnwrap(above.reversed().compactMap { position -> Int? in
            guard case .milestone(let index) = derived.timelineRows[derived.timelineMilestoneRows[position]] else { return nil }
            return screen.components(separatedBy: String(review.milestones[index].title.prefix(15))).count == 2 ? index : nil
        }.first)
        var at = try find(String(review.milestones[index].title.prefix(15)), program.state)
        AppTestSupport.press([mouse(at.x, at.y)], &program)
        XCTAssertEqual(program.state.selectedMilestoneIndex, index)
        // Tests: the sixth test.
        AppTestSupport.press([.char("2")], &program)
        at = try find(String(review.mergerTests[5].title.prefix(20)), program.state)
        AppTestSupport.press([mouse(at.x + 3, at.y)], &program)
        XCTAssertEqual(program.state.selectedItem, .test(5))
        // Budgets: the second organisation.
        AppTestSupport.press([.char("4")], &program)
        at = try find(String(review.programme.organisations[1].name.prefix(14)), program.state)
        AppTestSupport.press([mouse(at.x, at.y)], &program)
        XCTAssertEqual(program.state.selectedItem, .organisation(1))
        // Decisions: a recommendation, then an action.
        AppTestSupport.press([.char("5")], &program)
        at = try find(String(review.recommendations[1].text.prefix(20)), program.state)
        AppTestSupport.press([mouse(at.x, at.y)], &program)
        XCTAssertEqual(program.state.selectedItem, .recommendation(1))
        at = try find("Brief the gov", program.state)
        AppTestSupport.press([mouse(at.x, at.y)], &program)
        XCTAssertEqual(program.state.selectedItem, .action(1))
        // Appraisal: a criterion's second option.
        AppTestSupport.press([.char("3")], &program)
        let criterion = review.appraisal.criteria.count - 1
        at = try find(String(review.appraisal.criteria[criterion].title.prefix(12)), program.state)
        // The second option shown (found by its title over the column), two columns into its cell.
        let headers = AppTestSupport.screen(program.state)[Geometry.body(program.state.size).y]
        let shown = review.appraisal.options.indices.compactMap { option -> (option: Int, x: Int)? in
            let title = String(AppraisalTable.header(option, review.appraisal).prefix(6))
            return headers.range(of: title).map { (option, headers.distance(from: headers.startIndex, to: $0.lowerBound)) }
        }
        XCTAssertGreaterThanOrEqual(shown.count, 2, headers)
        AppTestSupport.press([mouse(shown[1].x + 2, at.y)], &program)
        XCTAssertEqual(program.state.selectedItem, .cell(option: shown[1].option, criterion: criterion))
        AppTestSupport.press([mouse(2, at.y)], &program)
        XCTAssertEqual(program.state.appraisal.row, criterion, "a click on the criterion selects its row")
    }

    func testDoubleClickOpensTheReaderOnTheRow() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("coventry-warwickshire"))
        AppTestSupport.press([.char("2")], &program)
        let test = program.state.review.mergerTests[3]
        let at = try find(String(test.title.prefix(18)), program.state)
        AppTestSupport.press([mouse(at.x, at.y, .doubleClick)], &program)
        guard case .reading(let reader) = program.state.mode else { return XCTFail("a double click opens the reader") }
        XCTAssertEqual(reader.item, .test(3))
        XCTAssertTrue(AppTestSupport.screen(program.state).joined().contains(String(test.title.prefix(18))))
    }

    func testTheWheelMovesTheSelectionAndScrollsTheReaderAndTheHelp() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("coventry-warwickshire"))
        AppTestSupport.press([.char("1"), .home], &program)
        AppTestSupport.press([mouse(10, 10, .wheelDown)], &program)
        XCTAssertEqual(program.state.timeline.rows.selected, MouseHandling.wheelStep)
        AppTestSupport.press([mouse(10, 10, .wheelUp)], &program)
        XCTAssertEqual(program.state.timeline.rows.selected, 0)
        AppTestSupport.press([.char("?"), mouse(10, 10, .wheelDown)], &program)
        guard case .help(let help) = program.state.mode else { return XCTFail("the wheel keeps the help open") }
        XCTAssertEqual(help.scroll, MouseHandling.wheelStep)
        AppTestSupport.press([.escape, .char("2"), .enter, mouse(10, 10, .wheelDown)], &program)
        guard case .reading(let reader) = program.state.mode else { return XCTFail("the wheel keeps the reader open") }
        XCTAssertEqual(reader.scroll, min(MouseHandling.wheelStep, ReaderView.maxScroll(reader, program.state)))
    }

    func testTheMouseDoesNothingInAnEditorOrADialog() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("coventry-warwickshire"))
        AppTestSupport.press([.char("1"), .char("e")], &program)
        let before = program.state.review
        AppTestSupport.press([mouse(3, 2), mouse(5, 8, .doubleClick), mouse(5, 8, .wheelDown)], &program)
        XCTAssertTrue(AppTestSupport.editorIsOpen(program))
        XCTAssertEqual(program.state.review, before)
        XCTAssertEqual(program.state.pane, .timeline)
    }

    func testClickingEvidenceSelectsItAndTheTestTableTakesTheFocusBack() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("coventry-warwickshire"))
        AppTestSupport.press([.char("2"), .down, .down], &program)
        let test = program.state.review.mergerTests[2]
        XCTAssertEqual(program.state.selectedItem, .test(2))
        let at = try find(String(test.evidence[1].title.prefix(18)), program.state)
        AppTestSupport.press([mouse(at.x, at.y)], &program)
        XCTAssertEqual(program.state.selectedItem, .evidence(test: 2, item: 1))
        XCTAssertEqual(program.state.tests.focus, .evidence)
        // The highlighted row is the clicked one, and Enter reads it.
        let buffer = AppTestSupport.buffer(program.state)
        XCTAssertTrue(buffer[at.x, at.y].style.attributes.contains(.reverse), "the clicked evidence is highlighted")
        AppTestSupport.press([mouse(at.x, at.y, .doubleClick)], &program)
        guard case .reading(let reader) = program.state.mode else { return XCTFail("a double click reads the evidence") }
        XCTAssertEqual(reader.item, .evidence(test: 2, item: 1))
        AppTestSupport.press([.escape], &program)
        let row = try find(String(program.state.review.mergerTests[4].title.prefix(18)), program.state)
        AppTestSupport.press([mouse(row.x, row.y)], &program)
        XCTAssertEqual(program.state.selectedItem, .test(4), "a click on a test row selects the test")
        XCTAssertEqual(program.state.tests.focus, .tests)
    }

    func testClickingAnFKeyRunsItsCommand() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("coventry-warwickshire"))
        @discardableResult
        func click(_ label: String) throws -> LoopControl {
            let bar = AppTestSupport.screen(program.state)[23]
            let range = try XCTUnwrap(bar.range(of: label), "no \(label) in \(bar)")
            return AppTestSupport.press([mouse(bar.distance(from: bar.startIndex, to: range.lowerBound) + 1, 23)], &program)
        }
        try click("Budgets")
        XCTAssertEqual(program.state.pane, .budgets)
        try click("F6")
        XCTAssertEqual(program.state.pane, .tests, "the key's name runs it too")
        try click("Search")
        guard case .prompt(let prompt) = program.state.mode, prompt.kind == .search else { return XCTFail("F3 opens the search") }
        AppTestSupport.press([.escape], &program)
        try click("Help")
        guard case .help = program.state.mode else { return XCTFail("F1 opens the help") }
        AppTestSupport.press([.escape], &program)
        guard case .quit(exitCode: 0) = try click("Quit") else { return XCTFail("F10 on a clean file quits") }
    }
}
