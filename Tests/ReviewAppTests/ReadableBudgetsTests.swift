import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// The budgets pane read at 80x24 and around it: names not ids, figures scrolled sideways
/// behind a frozen name column, warnings whole or counted, a chart that says what it leaves
/// out, and scroll marks in a column of their own.
final class ReadableBudgetsTests: XCTestCase {
    static let fixtures = ["coventry-warwickshire", "lancashire-south-cumbria", "leicester-leicestershire-rutland", "north-west-london"]
    static let sizes = [(80, 24), (60, 16), (132, 43)]

    func testNoOrganisationOrPlaceIdAppearsOnThePane() throws {
        for fixture in Self.fixtures {
            for (width, height) in Self.sizes {
                var program = AppTestSupport.program(try AppTestSupport.state(fixture, width: width, height: height))
                let programme = program.state.review.programme
                let ids = programme.organisations.map(\.id) + programme.places.map(\.id)
                for keys: [Key] in [[.char("4")], [.right, .right, .down], [.char("v")], [.down, .right]] {
                    AppTestSupport.pressDrawing(keys, &program)
                    let screen = AppTestSupport.screen(program.state).joined(separator: "\n")
                    for id in ids {
                        XCTAssertFalse(screen.contains(id), "\(fixture) \(width)x\(height) shows the id \(id)")
                    }
                }
                XCTAssertTrue(AppTestSupport.screen(program.state).joined().contains(programme.places.first?.name ?? "Total"),
                              "\(fixture): places are shown by name")
            }
        }
    }

    /// A review without budget figures says so, and how to bring them in, whole at every size;
    /// a review with figures does not.
    func testAReviewWithoutFiguresSaysSo() throws {
        for fixture in Self.fixtures {
            for (width, height) in Self.sizes {
                var program = AppTestSupport.program(try AppTestSupport.state(fixture, width: width, height: height))
                AppTestSupport.pressDrawing([.char("4")], &program)
                let screen = AppTestSupport.screen(program.state).joined(separator: " ")
                let says = screen.contains("No budget figures in this review") && screen.contains("from a spreadsheet.")
                XCTAssertEqual(says, program.state.review.budgets.lines.isEmpty, "\(fixture) \(width)x\(height)\n\(screen)")
            }
        }
    }

    /// Coventry & Warwickshire's places with five more stated totals the parts do not match:
    /// six warnings of two lines each at 80 columns.
    private func manyWarnings(width: Int, height: Int) throws -> ReviewProgram {
        var state = try AppTestSupport.state("coventry-warwickshire", width: width, height: height)
        var review = state.review
        let stated = try XCTUnwrap(BudgetFigures(review).mismatchedTotals.first { $0.stated.scope == .places }?.stated)
        for letter in ["A", "B", "C", "D", "E"] {
            var more = stated
            more.id = "stated-\(letter)"
            more.label = "Stated population \(letter) as printed in the appendix tables"
            review.budgets.statedTotals.append(more)
        }
        state.document.commit(review, label: "stated totals")
        var program = AppTestSupport.program(state)
        AppTestSupport.pressDrawing([.char("4"), .char("v")], &program)
        return program
    }

    func testWarningsAreShownWholeOrCountedNeverCut() throws {
        for (width, height) in Self.sizes {
            let program = try manyWarnings(width: width, height: height)
            let warnings = BudgetsModel(program.state).warnings
            XCTAssertEqual(warnings.count, 6)
            let screen = AppTestSupport.bodyLines(program.state)
            let joined = screen.joined(separator: " ")
            var whole = 0
            for warning in warnings {
                let start = String(warning.prefix(30))
                if joined.contains(start) {
                    XCTAssertTrue(joined.contains(warning), "\(width)x\(height): a warning shown is shown whole: \(warning)")
                    whole += 1
                }
            }
            let hidden = warnings.count - whole
            if hidden > 0 {
                XCTAssertTrue(screen.contains("\(hidden) more warning\(hidden == 1 ? "" : "s"): W lists them"),
                              "\(width)x\(height): the warnings not shown are counted, with the key that lists them\n"
                              + screen.joined(separator: "\n"))
            } else {
                XCTAssertFalse(joined.contains("more warning"))
            }
            XCTAssertFalse(joined.contains("…"), "\(width)x\(height): no warning is cut\n" + screen.joined(separator: "\n"))
        }
        // At 80x24 some fit and some do not.
        let screen = AppTestSupport.bodyLines(try manyWarnings(width: 80, height: 24).state).joined(separator: " ")
        XCTAssertTrue(screen.contains("parts sum to 1,006,232"), screen)
        XCTAssertTrue(screen.contains("more warning: W lists them") || screen.contains("more warnings: W lists them"), screen)
    }

    func testTheChartSaysHowManyRowsItShows() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("lancashire-south-cumbria"))
        AppTestSupport.pressDrawing([.char("4")], &program)
        let screen = AppTestSupport.bodyLines(program.state)
        let count = program.state.review.programme.organisations.count
        let bars = screen.filter { $0.contains("█") && !$0.contains("Name") && $0.contains("NHS") }.count
        XCTAssertGreaterThan(bars, 0)
        XCTAssertLessThan(bars, count)
        let title = try XCTUnwrap(screen.first { $0.hasPrefix("Chart: ") })
        XCTAssertTrue(title.hasSuffix("\(bars) of \(count) shown"), title)
    }

    /// The columns a title's indicator says are shown, "columns 2-5 of 7 (←/→)".
    private func shownColumns(_ program: ReviewProgram) throws -> (first: Int, last: Int, count: Int) {
        let title = AppTestSupport.bodyLines(program.state)[0]
        let indicator = try XCTUnwrap(title.range(of: "columns ").map { title[$0.upperBound...] }, title)
        let numbers = indicator.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        XCTAssertTrue(title.hasSuffix(" (←/→)"), title)
        XCTAssertEqual(numbers.count, 3, title)
        return (numbers[0], numbers[1], numbers[2])
    }

    func testFiguresScrollSidewaysBehindTheFrozenNameAndTheIndicatorHasItsOwnPlace() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("coventry-warwickshire", width: 60, height: 16))
        AppTestSupport.pressDrawing([.char("4")], &program)
        var shown = try shownColumns(program)
        XCTAssertEqual(shown.first, 1)
        XCTAssertLessThan(shown.last, 7)
        XCTAssertEqual(shown.count, 7)
        XCTAssertTrue(AppTestSupport.bodyLines(program.state)[1].contains("Programme"))
        AppTestSupport.pressDrawing([.right], &program)
        shown = try shownColumns(program)
        XCTAssertEqual(shown.first, 2)
        XCTAssertTrue(AppTestSupport.bodyLines(program.state)[1].hasPrefix("  Name"), "the name column stays")
        XCTAssertFalse(AppTestSupport.bodyLines(program.state)[1].contains("Programme"))
        AppTestSupport.pressDrawing(Array(repeating: .right, count: 8), &program)
        let end = try shownColumns(program)
        XCTAssertEqual(end.last, 7, "→ goes as far as the last column")
        AppTestSupport.pressDrawing([.right], &program)
        XCTAssertEqual(try shownColumns(program).first, end.first, "and no further")
        AppTestSupport.pressDrawing([.left], &program)
        XCTAssertEqual(try shownColumns(program).first, end.first - 1, "one ← moves back at once")
        // Figures are whole and right-aligned under their titles, and the totals row stays under them.
        let totals = try XCTUnwrap(AppTestSupport.bodyLines(program.state).first { $0.hasPrefix("  Total") })
        XCTAssertTrue(totals.hasSuffix("-15.0"), totals)
    }

    /// At 60x16 the organisations of Lancashire do not all fit: the scroll marks sit in a
    /// column right of every figure, on no data.
    func testScrollMarksHaveAColumnOfTheirOwn() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("lancashire-south-cumbria", width: 60, height: 16))
        AppTestSupport.pressDrawing([.char("4")], &program)
        let count = program.state.review.programme.organisations.count
        let model = BudgetsModel(program.state)
        let area = BudgetsView.areas(program.state, model, body: Geometry.body(program.state.size)).table
        let table = BudgetsTable.table(program.state, model)
        let parts = table.parts(in: area)
        XCTAssertEqual(parts.gutter.width, 1)
        XCTAssertGreaterThan(count, parts.body.height)
        let buffer = AppTestSupport.buffer(program.state)
        XCTAssertEqual(buffer[parts.gutter.x, parts.body.bottom - 1].grapheme, "▼")
        XCTAssertLessThanOrEqual(parts.cells.right, parts.gutter.x)
        let offset = program.state.budgets.rows.offset
        for y in parts.body.y..<parts.body.bottom {
            XCTAssertTrue("▲▼█│ ".contains(buffer[parts.gutter.x, y].grapheme), "only the gutter's marks in its column")
            let index = offset + y - parts.body.y
            var line = ""
            for x in parts.cells.x..<parts.cells.right where !buffer[x, y].isContinuation { line.append(buffer[x, y].grapheme) }
            let words = line.split(separator: " ").map(String.init)
            for figure in model.cells(row: index).prefix(4) {
                XCTAssertTrue(words.contains(figure), "row \(index) shows \(figure) whole: \(line)")
            }
        }
        AppTestSupport.pressDrawing(Array(repeating: .down, count: count), &program)
        let after = AppTestSupport.buffer(program.state)
        XCTAssertEqual(after[parts.gutter.x, parts.body.y].grapheme, "▲")
        XCTAssertTrue(after.lines()[parts.body.bottom - 1].contains(program.state.review.programme.organisations[count - 1].name.prefix(12)),
                      "the last organisation is selected and in view")
    }
}
