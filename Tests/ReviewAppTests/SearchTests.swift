import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// Search: hits in screen order, search as you type from where `/` was pressed, Esc going
/// back, "3 of 9" and "search wrapped", and the hits marked on screen.
final class SearchTests: XCTestCase {
    /// Lancashire & South Cumbria with the milestones and actions stored in reverse, so
    /// storage order and screen order differ.
    private func reversedState(width: Int = 80, height: Int = 24) throws -> AppState {
        var review = try AppTestSupport.review("lancashire-south-cumbria")
        review.milestones = ChunkedArray(review.milestones.reversed())
        // Actions raised at an earlier meeting come first in the log, whatever the file's order.
        let earlier = CalendarDate(year: 2019, month: 1, day: 10) ?? AppTestSupport.today
        review.actions = [Action(id: "a-1", title: "Check the estates plan"),
                          Action(id: "a-2", title: "Check the estates survey", raisedAt: earlier),
                          Action(id: "a-3", title: "Check the estates budget"),
                          Action(id: "a-4", title: "Check the estates register", raisedAt: earlier)]
        return AppState(review: review, filePath: "lsc.json", size: Size(width: width, height: height), theme: .monochrome,
                        today: AppTestSupport.today, user: "secretary")
    }

    /// Where the selection is on screen: the pane, then the row the item is drawn on.
    private func screenPosition(_ state: AppState) -> [Int] {
        guard let item = state.selectedItem else { return [state.pane.rawValue] }
        return screenPosition(item, state)
    }

    /// Where an item is drawn: its pane, then its row (and column) there. A criterion is its
    /// row's label, left of the row's cells.
    private func screenPosition(_ item: ItemRef, _ state: AppState) -> [Int] {
        switch item {
        case .milestone(let i): return [state.pane.rawValue, state.derived.timelinePosition(ofMilestone: i) ?? -1]
        case .test(let i): return [state.pane.rawValue, i, -1]
        case .evidence(let test, let j): return [state.pane.rawValue, test, j]
        case .action(let i): return [state.pane.rawValue, 1, state.derived.actionOrder.firstIndex(of: i) ?? -1]
        case .recommendation(let i): return [state.pane.rawValue, 0, i]
        case .organisation(let i): return [state.pane.rawValue, 0, i]
        case .place(let i): return [state.pane.rawValue, 1, i]
        case .option(let o): return [state.pane.rawValue, -1, o]
        case .criterion(let r): return [state.pane.rawValue, r, -1]
        case .cell(let o, let r): return [state.pane.rawValue, r, o]
        case .budgetLine: return [state.pane.rawValue]
        case .paper: return [state.pane.rawValue, 0]
        }
    }

    func testNVisitsHitsInTheOrderTheyAppearOnScreen() throws {
        var program = AppTestSupport.program(try reversedState())
        AppTestSupport.press([.char("0"), .char("/")] + AppTestSupport.type("e") + [.enter], &program)
        let hits = program.state.search.hits
        XCTAssertGreaterThan(hits.count, 20)
        var positions: [[Int]] = []
        var milestoneIndices: [Int] = []
        var actionIndices: [Int] = []
        for step in 0..<hits.count {
            if step > 0 { AppTestSupport.press([.char("n")], &program) }
            guard let current = program.state.search.current else { return XCTFail("no current hit") }
            let hit = hits[current]
            XCTAssertEqual(program.state.pane, hit.pane)
            positions.append(screenPosition(hit, program.state))
            if case .criterion = hit {} else { XCTAssertEqual(program.state.selectedItem, hit, "n selects the hit") }
            if case .milestone(let i) = hit { milestoneIndices.append(i) }
            if case .action(let i) = hit { actionIndices.append(i) }
        }
        for (a, b) in zip(positions, positions.dropFirst()) {
            XCTAssertTrue(a.lexicographicallyPrecedes(b), "n went from \(a) to \(b): not down the screen")
        }
        // The milestones and actions are stored in reverse: storage order would go up.
        XCTAssertGreaterThan(milestoneIndices.count, 5)
        XCTAssertNotEqual(milestoneIndices, milestoneIndices.sorted(), "the timeline's hits come in date order, not file order")
        XCTAssertGreaterThan(actionIndices.count, 2)
        XCTAssertNotEqual(actionIndices, actionIndices.sorted(), "the action log's hits come in its order, not file order")
        XCTAssertEqual(Set(positions.map { $0[0] }).count, Set(hits.map(\.pane)).count, "every pane with a hit is visited")
    }

    func testEachTypedCharacterMovesToTheFirstHitFromWhereTheSearchStarted() throws {
        var program = AppTestSupport.program(try reversedState())
        AppTestSupport.press([.char("1"), .down, .down, .down], &program)
        let origin = screenPosition(program.state)
        AppTestSupport.press([.char("/")], &program)
        for character in "board" {
            AppTestSupport.press([.char(character)], &program)
            let state = program.state
            guard let current = state.search.current else { return XCTFail("no hit for \(state.search.query)") }
            // Independently: the first hit at or after the origin in screen order, else the first.
            var positions: [[Int]] = []
            var probe = program.state
            for hit in state.search.hits {
                probe.select(hit)
                positions.append(screenPosition(probe))
            }
            let expected = positions.firstIndex { !$0.lexicographicallyPrecedes(origin) } ?? 0
            XCTAssertEqual(current, expected, "after typing \"\(state.search.query)\"")
            XCTAssertEqual(state.selectedItem, state.search.hits[expected])
            let statusLine = AppTestSupport.screen(state)[state.size.height - 2]
            XCTAssertTrue(statusLine.hasPrefix("/" + state.search.query), statusLine)
            XCTAssertTrue(statusLine.hasSuffix("\(expected + 1) of \(state.search.hits.count)")
                          || statusLine.hasSuffix("search wrapped"), "the prompt shows the count: \(statusLine)")
        }
    }

    func testEscapeRestoresThePositionSelectionAndThePreviousSearch() throws {
        var program = AppTestSupport.program(try reversedState())
        AppTestSupport.press([.char("2"), .down, .right, .char("/")] + AppTestSupport.type("gover") + [.enter], &program)
        let before = program.state
        XCTAssertEqual(before.search.query, "gover")
        AppTestSupport.press([.char("/")] + AppTestSupport.type("merger"), &program)
        XCTAssertNotEqual(program.state.search.query, before.search.query)
        AppTestSupport.press([.escape], &program)
        XCTAssertEqual(program.state.pane, before.pane)
        XCTAssertEqual(program.state.timeline, before.timeline)
        XCTAssertEqual(program.state.tests, before.tests)
        XCTAssertEqual(program.state.decisions, before.decisions)
        XCTAssertEqual(program.state.budgets, before.budgets)
        XCTAssertEqual(program.state.appraisal, before.appraisal)
        XCTAssertEqual(program.state.search, before.search, "the search before / is back")
        // A query without hits leaves the selection where the search started.
        AppTestSupport.press([.char("/")] + AppTestSupport.type("zzqqxx"), &program)
        XCTAssertEqual(program.state.selectedItem, before.selectedItem)
        XCTAssertTrue(AppTestSupport.screen(program.state)[22].hasSuffix("no match"))
    }

    func testNSaysWhichHitOfHowManyAndWhenItWraps() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("coventry-warwickshire"))
        AppTestSupport.press([.char("0"), .char("/")] + AppTestSupport.type("ccg") + [.enter], &program)
        let count = program.state.search.hits.count
        XCTAssertGreaterThan(count, 2)
        XCTAssertTrue(program.state.message?.text.hasPrefix("/ccg: 1 of \(count) (") ?? false,
                      String(describing: program.state.message))
        AppTestSupport.press([.char("n")], &program)
        XCTAssertTrue(program.state.message?.text.hasPrefix("/ccg: 2 of \(count) (") ?? false)
        XCTAssertFalse(program.state.message?.text.contains("wrapped") ?? true)
        AppTestSupport.press([.char("N"), .char("N")], &program)
        XCTAssertTrue(program.state.message?.text.hasPrefix("/ccg: \(count) of \(count) · search wrapped") ?? false,
                      String(describing: program.state.message))
        let status = AppTestSupport.screen(program.state)[22]
        XCTAssertTrue(status.contains("\(count) of \(count) · search wrapped"), status)
    }

    func testHitsAreMarkedWithoutColourInListsAndTheReader() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("coventry-warwickshire", theme: .colour))
        AppTestSupport.press([.char("0"), .char("/")] + AppTestSupport.type("CLINICAL") + [.enter], &program)
        let buffer = AppTestSupport.buffer(program.state)
        let lines = buffer.lines()
        let body = Geometry.body(program.state.size)
        var marked = 0
        for y in body.y..<body.bottom {
            let line = Array(lines[y])
            guard let range = lines[y].lowercased().range(of: "clinical") else { continue }
            let x = lines[y].distance(from: lines[y].startIndex, to: range.lowerBound)
            guard line.count == buffer.width || x < line.count else { continue }
            XCTAssertTrue(buffer[x, y].style.attributes.contains(.underline), "row \(y): \(lines[y])")
            XCTAssertTrue(buffer[x + 7, y].style.attributes.contains(.underline))
            XCTAssertFalse(buffer[x + 8, y].style.attributes.contains(.underline) && buffer[x + 8, y].grapheme != " ")
            marked += 1
        }
        XCTAssertGreaterThan(marked, 0, "a hit is on screen and marked:\n\(lines.joined(separator: "\n"))")
        AppTestSupport.press([.enter], &program)
        guard case .reading = program.state.mode else { return XCTFail("Enter opens the reader") }
        let reader = AppTestSupport.buffer(program.state)
        let text = ReaderView.areas(program.state.size).text
        var underlined = 0
        for y in text.y..<text.bottom {
            for x in text.x..<text.right where reader[x, y].style.attributes.contains(.underline) { underlined += 1 }
        }
        XCTAssertGreaterThanOrEqual(underlined, 8, "the reader marks the hit")
        AppTestSupport.press([.escape, .escape], &program)
        XCTAssertEqual(program.state.search.query, "", "Esc on the pane clears the search")
        let cleared = AppTestSupport.buffer(program.state)
        for y in body.y..<body.bottom {
            for x in 0..<cleared.width where cleared[x, y].style.attributes.contains(.underline) {
                XCTAssertFalse(cleared.lines()[y].lowercased().contains("clinical"), "no mark once the search is cleared")
            }
        }
    }

    func testTheMarkIsAStyleRunInTheStyledSnapshot() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("coventry-warwickshire"))
        AppTestSupport.press([.char("2"), .char("/")] + AppTestSupport.type("clinical") + [.enter], &program)
        AppTestSupport.assertStyledSnapshot(program.state, named: "cw-search-clinical-80x24")
    }

    /// The index answers as `lowercased().contains` over the same fields, after edits too
    /// (only the changed blocks are rebuilt).
    func testTheIndexFindsWhatAPlainScanFindsAfterEdits() throws {
        var review = try AppTestSupport.review("north-west-london")
        let queries = ["e", "CCG", "board", "é", "2019", "zzz", "ccg governing"]
        func plainScan(_ query: String, _ review: Review) -> Set<ItemRef> {
            var found: Set<ItemRef> = []
            let needle = query.lowercased()
            func has(_ fields: [String]) -> Bool { fields.contains { $0.lowercased().contains(needle) } }
            for (i, m) in review.milestones.enumerated()
            where has([m.title, m.owner, m.notes, m.date.display, m.id, m.status.label]) { found.insert(.milestone(i)) }
            for (i, t) in review.mergerTests.enumerated() {
                if has([t.title, t.description, t.owner, t.notes, t.id, t.rag.label, t.status.label]) { found.insert(.test(i)) }
                for (j, e) in t.evidence.enumerated() where has([e.title, e.reference, e.id]) { found.insert(.evidence(test: i, item: j)) }
            }
            for (i, a) in review.actions.enumerated() where has([a.title, a.owner, a.notes, a.id]) { found.insert(.action(i)) }
            for (i, r) in review.recommendations.enumerated() where has([r.text, r.minute, r.id]) { found.insert(.recommendation(i)) }
            return found
        }
        func indexed(_ query: String, _ index: SearchIndex) -> Set<ItemRef> {
            var found: Set<ItemRef> = []
            index.forEachMatch(SearchNeedle(query)) { item in
                switch item {
                case .milestone, .test, .evidence, .action, .recommendation: found.insert(item)
                default: break
                }
            }
            return found
        }
        var index = SearchIndex(review)
        for query in queries { XCTAssertEqual(indexed(query, index), plainScan(query, review), query) }
        review.milestones[0].title = "Préparation CCG governing body"
        review.actions.append(Action(id: "a-new", title: "Ask the board", owner: "Chair"))
        index = SearchIndex(review, reusing: index)
        for query in queries + ["préparation", "PRÉPARATION", "ask the"] {
            XCTAssertEqual(indexed(query, index), plainScan(query, review), query)
        }
    }

    func testASearchAmongTheLastHitsFindsWhatAWholeSearchFinds() throws {
        let review = try AppTestSupport.review("north-west-london")
        let index = SearchIndex(review)
        func items(_ needle: SearchNeedle, among previous: SearchMatches?) -> (items: [ItemRef], matches: SearchMatches) {
            var found: [ItemRef] = []
            let matches = index.forEachMatch(needle, among: previous) { found.append($0) }
            return (found, matches)
        }
        for query in ["ccg governing body", "board", "2019/20"] {
            var previous: SearchMatches?
            for length in 1...query.count {
                let needle = SearchNeedle(String(query.prefix(length)))
                let narrowed = items(needle, among: previous)
                XCTAssertEqual(narrowed.items, items(needle, among: nil).items, String(query.prefix(length)))
                previous = narrowed.matches
            }
            XCTAssertFalse(previous?.slots.allSatisfy(\.isEmpty) ?? true, "\(query) is found")
        }
        XCTAssertTrue(SearchNeedle("The Board").holds(SearchNeedle("board")), "a text typed before the last one holds it too")
        XCTAssertFalse(SearchNeedle("boar").holds(SearchNeedle("board")))
        XCTAssertFalse(SearchNeedle("board").holds(SearchNeedle("")))
    }

    func testEachCharacterTypedOrErasedGivesTheHitsOfAWholeSearch() throws {
        var program = AppTestSupport.program(try reversedState())
        AppTestSupport.press([.char("1"), .char("/")], &program)
        let origin = try XCTUnwrap({ () -> SearchOrigin? in
            if case .prompt(let prompt) = program.state.mode { return prompt.origin }
            return nil
        }())
        let index = SearchIndex(program.state.review)
        let keys = AppTestSupport.type("the es") + [.backspace, .backspace] + AppTestSupport.type("estates b")
            + [.backspace] + AppTestSupport.type("p")
        for key in keys {
            AppTestSupport.press([key], &program)
            guard case .prompt(let prompt) = program.state.mode else { return XCTFail("the search prompt stays open") }
            let whole = ReviewSearch.run(SearchNeedle(prompt.input.text), index: index, among: nil, review: program.state.review,
                                         derived: program.state.derived, origin: origin.rank)
            XCTAssertEqual(program.state.search.hits, whole.hits.hits, prompt.input.text)
        }
        XCTAssertEqual(program.state.search.query, "the estates p")
        XCTAssertFalse(program.state.search.hits.isEmpty)
    }

    func testAmongSomeItemsEachItemIsSearchedOnItsOwnAndNoMatchCrossesAField() {
        var text = SearchText()
        for (i, fields) in [["xAAb"], ["aaab"], ["ab"], ["b"], ["a", "b"], ["", "é aab"]].enumerated() { text.add(.action(i), fields) }
        func slots(_ query: String) -> [Int] {
            var found: [Int] = []
            text.forEachMatchingSlot(SearchNeedle(query), among: [0, 1, 2, 3, 4, 5]) { found.append($0) }
            var whole: [Int] = []
            text.forEachMatchingSlot(SearchNeedle(query)) { whole.append($0) }
            XCTAssertEqual(found, whole, query)
            return found
        }
        XCTAssertEqual(slots("aab"), [0, 1, 5], "a first byte seen before the match does not hide it")
        XCTAssertEqual(slots("ab"), [0, 1, 2, 5], "the fields of item 4 are not joined")
        XCTAssertEqual(slots("b"), [0, 1, 2, 3, 4, 5])
        XCTAssertEqual(slots("é a"), [5])
        XCTAssertEqual(slots("aaab "), [])
    }
}
