import XCTest
import ReviewModel

/// The review's own text never breaks a table or turns into Markdown.
final class MarkdownEscapingTests: XCTestCase {
    func testPipesAndLineBreaksInsideCells() throws {
        var review = try ReportTestSupport.review("leicester-leicestershire-rutland")
        review.recommendations[0].text = "Approve A | B\nthen C"
        review.recommendations[0].minute = "Agreed *unanimously* <b>, see [1] \\ end"
        let markdown = BoardPaper.markdown(review, today: ReportTestSupport.today)
        let decisions = ReportTestSupport.section("Decisions", of: markdown)
        let row = try XCTUnwrap(decisions.components(separatedBy: "\n").first { $0.hasPrefix("| 1 |") })
        XCTAssertEqual(row, "| 1 | Restate approval | Approve A \\| B<br>then C | Pending |  | Agreed \\*unanimously\\* \\<b\\>, see \\[1\\] \\\\ end |")
        XCTAssertEqual(ReportTestSupport.markdownCells(row).count, 6)
    }

    func testTableShape() {
        let table = ReportTable(name: "t", columns: [
            ReportColumn("Name", csv: "name"), ReportColumn("Amount", csv: "amount", numeric: true), .csvOnly("id"),
        ], rows: [[.text("A"), .money(Money(millions: 2909.3)), .text("a-1")], [.text("B"), .money(Money(millions: -15)), .text("b")]],
           footer: [[.text("Total"), .money(Money(millions: 2894.3)), .empty]])
        XCTAssertEqual(MarkdownText.table(table), """
            | Name | Amount |
            | --- | ---: |
            | A | £2,909.3m |
            | B | -£15.0m |
            | **Total** | £2,894.3m |

            """)
        XCTAssertEqual(CSVText.table(table), "name,amount,id\r\nA,2909.3,a-1\r\nB,-15,b\r\n", "no totals row in CSV")
    }
}
