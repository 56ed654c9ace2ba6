import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// The appraisal pane read at 80x24 and around it: option titles over the columns, criteria
/// as wide as they need, the options and criteria that do not fit scrolled to with a mark in
/// a place of its own, the pros and cons scrolled like the reader, and the robustness line
/// naming the option that would take the lead.
final class ReadableAppraisalTests: XCTestCase {
    static let fixtures = ["coventry-warwickshire", "lancashire-south-cumbria", "leicester-leicestershire-rutland", "north-west-london"]

    func testTheConsOfThePreferredOptionAreReachableWithPageDown() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("coventry-warwickshire"))
        AppTestSupport.pressDrawing([.char("3"), .char("p")], &program)
        let appraisal = program.state.review.appraisal
        let preferred = try XCTUnwrap(appraisal.options.first { $0.id == appraisal.preferredOptionId })
        XCTAssertFalse(preferred.cons.isEmpty)
        let first = AppTestSupport.bodyLines(program.state).joined(separator: " ")
        XCTAssertTrue(first.contains(String(preferred.title.prefix(20))), "the box is titled with the option")
        let lastCon = String(try XCTUnwrap(preferred.cons.last).prefix(30))
        XCTAssertFalse(first.contains(lastCon), "at 80x24 the cons start below the first page")
        var seen = first
        for _ in 0..<10 {
            AppTestSupport.pressDrawing([.pageDown], &program)
            seen += " " + AppTestSupport.bodyLines(program.state).joined(separator: " ")
        }
        for con in preferred.cons {
            XCTAssertTrue(seen.contains(String(con.prefix(30))), "PgDn reaches the con: \(con)")
        }
        XCTAssertTrue(AppTestSupport.bodyLines(program.state).joined(separator: " ").contains(lastCon), "PgDn stops at the end, the last con in view")
        XCTAssertTrue(program.state.appraisal.showProsCons, "PgDn scrolls the pros and cons, it does not leave them")
        AppTestSupport.pressDrawing([.home], &program)
        XCTAssertEqual(AppTestSupport.bodyLines(program.state).joined(separator: " "), first, "Home goes back to the top")
        AppTestSupport.pressDrawing([.end], &program)
        XCTAssertTrue(AppTestSupport.bodyLines(program.state).joined(separator: " ").contains(lastCon), "End shows the end")
        AppTestSupport.pressDrawing([.up], &program)
        XCTAssertTrue(AppTestSupport.screen(program.state).joined().contains(" of "), "where the box is, in its border")
    }

    func testOptionTitlesHeadTheColumns() throws {
        for fixture in Self.fixtures {
            var program = AppTestSupport.program(try AppTestSupport.state(fixture))
            AppTestSupport.pressDrawing([.char("3")], &program)
            let appraisal = program.state.review.appraisal
            guard !appraisal.options.isEmpty, !appraisal.criteria.isEmpty else { continue }
            let header = AppTestSupport.bodyLines(program.state)[0]
            XCTAssertFalse(header.contains("Option 1"), "\(fixture): \(header)")
            let shown = appraisal.options.indices.filter { header.contains(String(AppraisalTable.header($0, appraisal).prefix(8))) }
            XCTAssertFalse(shown.isEmpty, "\(fixture): an option's title heads its column: \(header)")
            if let preferred = appraisal.options.firstIndex(where: { $0.id == appraisal.preferredOptionId }) {
                XCTAssertTrue(shown.contains(preferred), "\(fixture): the preferred option (selected at first) is in view")
                XCTAssertTrue(header.contains("★ \(preferred + 1). "), "\(fixture): the preferred option is starred: \(header)")
            }
        }
        let option = AppraisalOption(id: "o", title: "Single management (retain three CCGs with a single management structure)")
        XCTAssertEqual(AppraisalTable.shortTitle(option), "Single management")
    }

    func testCriteriaGetTheWidthTheyNeed() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("coventry-warwickshire", width: 100, height: 30))
        AppTestSupport.pressDrawing([.char("3")], &program)
        let screen = AppTestSupport.bodyLines(program.state)
        for criterion in program.state.review.appraisal.criteria {
            XCTAssertTrue(screen.contains { $0.contains(criterion.title) }, "\(criterion.title) whole at 100 columns:\n"
                          + screen.joined(separator: "\n"))
        }
    }

    /// Lancashire's six options do not fit at 80 columns, nor its criteria at 60x16: which
    /// options are shown has a line of its own, and the rows' scroll marks a column of their own.
    func testOptionsScrollSidewaysAndCriteriaScrollWithAGutter() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("lancashire-south-cumbria"))
        AppTestSupport.pressDrawing([.char("3"), .home], &program)
        let appraisal = program.state.review.appraisal
        let indicator = try XCTUnwrap(AppTestSupport.bodyLines(program.state).first { $0.hasSuffix("of \(appraisal.options.count) (←/→)") })
        XCTAssertTrue(indicator.contains("options "), indicator)
        AppTestSupport.pressDrawing(Array(repeating: .left, count: appraisal.options.count), &program)
        XCTAssertTrue(AppTestSupport.bodyLines(program.state)[0].contains(String(AppraisalTable.header(0, appraisal).prefix(8))), "← brings the first option back")
        AppTestSupport.pressDrawing(Array(repeating: .right, count: appraisal.options.count), &program)
        let last = appraisal.options.count - 1
        XCTAssertTrue(AppTestSupport.bodyLines(program.state)[0].contains(String(AppraisalTable.header(last, appraisal).prefix(8))), "→ reaches the last")
        XCTAssertEqual(program.state.selectedItem, .cell(option: last, criterion: 0))

        var small = AppTestSupport.program(try AppTestSupport.state("lancashire-south-cumbria", width: 60, height: 16))
        AppTestSupport.pressDrawing([.char("3"), .home], &small)
        let area = AppraisalView.areas(small.state, body: Geometry.body(small.state.size)).table
        let table = AppraisalTable.table(small.state, width: area.width)
        let parts = table.parts(in: area)
        XCTAssertLessThan(parts.body.height, appraisal.criteria.count)
        XCTAssertEqual(parts.gutter.width, 1)
        XCTAssertLessThanOrEqual(parts.cells.right, parts.gutter.x)
        var buffer = AppTestSupport.buffer(small.state)
        XCTAssertEqual(buffer[parts.gutter.x, parts.body.bottom - 1].grapheme, "▼")
        AppTestSupport.pressDrawing([.end], &small)
        buffer = AppTestSupport.buffer(small.state)
        XCTAssertEqual(buffer[parts.gutter.x, parts.body.y].grapheme, "▲")
        let lastCriterion = try XCTUnwrap(appraisal.criteria.last)
        XCTAssertTrue(buffer.lines()[parts.body.bottom - 1].contains(String(lastCriterion.title.prefix(10))), "the last criterion in view")
    }

    func testTheRobustnessLineNamesTheOptionThatWouldLead() throws {
        var state = try AppTestSupport.state("coventry-warwickshire", width: 100, height: 30)
        var review = state.review
        review.appraisal = Appraisal(
            scale: ScoreScale(min: 0, max: 5),
            criteria: [Criterion(id: "quality", title: "Quality", weight: 1),
                       Criterion(id: "cost", title: "Cost", weight: Decimal(string: "1.2") ?? 0)],
            options: [AppraisalOption(id: "a", title: "Do nothing (no change)"), AppraisalOption(id: "b", title: "Merge"),
                      AppraisalOption(id: "c", title: "Share")],
            cells: [AppraisalCell(optionId: "a", criterionId: "quality", score: 1),
                    AppraisalCell(optionId: "a", criterionId: "cost", score: 5),
                    AppraisalCell(optionId: "b", criterionId: "quality", score: 5),
                    AppraisalCell(optionId: "b", criterionId: "cost", score: 2),
                    AppraisalCell(optionId: "c", criterionId: "quality", score: 3),
                    AppraisalCell(optionId: "c", criterionId: "cost", score: 3)],
            preferredOptionId: "b")
        state.document.commit(review, label: "scored")
        var program = AppTestSupport.program(state)
        AppTestSupport.pressDrawing([.char("3")], &program)
        let screen = AppTestSupport.bodyLines(program.state)
        XCTAssertTrue(screen.contains { $0.contains("FRAGILE: Cost weight 1.2") && $0.contains("puts 1. Do nothing ahead") },
                      screen.joined(separator: "\n"))
        let totals = try XCTUnwrap(screen.first { $0.contains("Weighted total (rank)") })
        XCTAssertTrue(totals.contains("7.4 #1"), totals)
    }

    /// The detail under the matrix is wrapped, never cut; what does not fit is counted, with the
    /// key that reads the selected cell in full.
    func testTheDetailUnderTheMatrixIsWrappedAndWhatDoesNotFitIsCounted() throws {
        for (width, height) in [(80, 24), (60, 16)] {
            var state = try AppTestSupport.state("lancashire-south-cumbria", width: width, height: height)
            _ = AppUpdate.update(&state, .key(.char("3")))
            let body = Geometry.body(state.size)
            let detail = AppraisalView.areas(state, body: body).detail
            let rows = AppTestSupport.screen(state)[detail.y..<detail.bottom]
            let preferred = try XCTUnwrap(rows.firstIndex { $0.hasPrefix("★ PREFERRED") })
            XCTAssertFalse(rows[preferred].hasSuffix("…"), "the option's name wraps: \(rows[preferred])")
            XCTAssertFalse(rows.contains { $0.hasSuffix("con…") }, rows.joined(separator: "\n"))
            if width == 60 {
                XCTAssertTrue(rows.last?.contains("more below: Enter reads the selected cell in full") == true, rows.joined(separator: "\n"))
            }
        }
    }
}
