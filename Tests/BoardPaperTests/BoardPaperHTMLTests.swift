import Foundation
import XCTest
import ReviewModel

/// The HTML paper: one self-contained file with the same blocks as the Markdown paper.
final class BoardPaperHTMLTests: XCTestCase {
    func testEveryFixtureIsOneSelfContainedFileWithThePapersFigures() throws {
        for fixture in ReportTestSupport.fixtures {
            let review = try ReportTestSupport.review(fixture)
            let html = BoardPaper.html(review, today: ReportTestSupport.today)
            XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"), fixture)
            XCTAssertTrue(html.hasSuffix("</html>\n"), fixture)
            for forbidden in ["<script", "<link", "src=", "href=", "@import", "url(http"] {
                XCTAssertFalse(html.contains(forbidden), "\(fixture): \(forbidden)")
            }
            XCTAssertTrue(html.contains("@page { size: A4 portrait"), fixture)
            XCTAssertTrue(html.contains("thead { display: table-header-group; }"), fixture)
            XCTAssertTrue(html.contains("tr, figure.chart, li { break-inside: avoid; }"), fixture)
            for test in review.mergerTests {
                XCTAssertTrue(html.contains("<td>\(HTMLText.text(test.title))</td>"), "\(fixture): \(test.title)")
            }
            for recommendation in review.recommendations {
                XCTAssertTrue(html.contains(HTMLText.text(recommendation.text)), "\(fixture): \(recommendation.id)")
            }
            XCTAssertEqual(html.components(separatedBy: "<svg ").count - 1,
                           BoardPaper.document(review, today: ReportTestSupport.today).blocks.charts.count, fixture)
        }
    }

    func testKeyFiguresAreInTheHTML() throws {
        let lancashire = BoardPaper.html(try ReportTestSupport.review("lancashire-south-cumbria"), today: ReportTestSupport.today)
        XCTAssertTrue(lancashire.contains("£2,909.3m"))
        XCTAssertTrue(lancashire.contains("1,777,610"))
        let coventry = BoardPaper.html(try ReportTestSupport.review("coventry-warwickshire"), today: ReportTestSupport.today)
        XCTAssertTrue(coventry.contains("<td class=\"num\">-£15.0m</td>"))
        XCTAssertTrue(coventry.contains("-£15.0m (-1.2%)"))
    }

    func testMoneyIsRightAlignedAndTheMatrixIsOnLandscapePages() throws {
        let html = BoardPaper.html(try ReportTestSupport.review("lancashire-south-cumbria"), today: ReportTestSupport.today)
        XCTAssertTrue(html.contains("<th scope=\"col\" class=\"num\">Allocation</th>"))
        XCTAssertTrue(html.contains("<td class=\"num\">£2,909.3m</td>"))
        let landscape = try XCTUnwrap(html.range(of: "<section class=\"landscape\">"))
        XCTAssertTrue(html[landscape.upperBound...].hasPrefix("\n<h3>Appraisal matrix</h3>"))
        XCTAssertTrue(html.contains(".landscape { page: matrix;"))
    }

    func testTheReviewsTextIsEscapedAndLineBreaksKept() {
        let review = Review(programme: Programme(name: "A <b>bold</b> & \"quoted\" programme", system: "S", asOf: ReportTestSupport.today),
                            mergerTests: [MergerTest(id: "t1", title: "First line\nsecond <script>alert(1)</script>")])
        let html = BoardPaper.html(review, today: ReportTestSupport.today)
        XCTAssertFalse(html.contains("<b>bold</b>"))
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.contains("A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; programme"))
        XCTAssertTrue(html.contains("First line<br>second &lt;script&gt;"))
    }

    func testMarkdownIsUnchangedByCharts() throws {
        // The Markdown paper leaves charts out: it is the same text whether or not the blocks hold charts.
        let review = try ReportTestSupport.review("north-west-london")
        let document = BoardPaper.document(review, today: ReportTestSupport.today)
        let withoutCharts = PaperDocument(programmeName: document.programmeName, blocks: document.blocks.filter {
            if case .chart = $0 { return false } else { return true }
        })
        XCTAssertFalse(document.blocks.charts.isEmpty)
        XCTAssertEqual(MarkdownText.document(document), MarkdownText.document(withoutCharts))
    }
}

extension Array where Element == PaperBlock {
    /// Every chart, including those inside landscape sections.
    var charts: [ReportChart] {
        flatMap { block -> [ReportChart] in
            switch block {
            case .chart(let chart): return [chart]
            case .landscape(let inner): return inner.charts
            default: return []
            }
        }
    }
}
