import Foundation
import XCTest
import ReviewModel
import ReviewStore

/// The papers' own figures held as key figures, each with its source, and the papers' own
/// contradictions as the only warnings.
final class PaperFigureTests: XCTestCase {
    private func load(_ name: String) throws -> LoadedReview { try ReviewStore().load(FixturePaths.path(name)) }

    private func figure(_ review: Review, _ id: String) throws -> KeyFigure {
        try XCTUnwrap(review.programme.keyFigures.first { $0.id == id }, id)
    }

    /// `--strict` fails each fixture with exactly the papers' contradictions, both numbers named.
    func testEachFixtureWarnsOfExactlyThePapersOwnContradictions() throws {
        let expected: [String: [(String, String)]] = [
            "coventry-warwickshire": [("813,954", "1,006,232"), ("564,600", "564,700"), ("618,456", "618,283"), ("61,706", "61,533")],
            "lancashire-south-cumbria": [],
            "leicester-leicestershire-rutland": [],
            "north-west-london": [],
        ]
        for (name, pairs) in expected {
            let warnings = try load(name).warnings.map(\.issue.message)
            XCTAssertEqual(warnings.count, pairs.count, "\(name): \(warnings)")
            for (stated, sum) in pairs {
                XCTAssertTrue(warnings.contains { $0.contains(stated) && $0.contains(sum) }, "\(name): \(stated) against \(sum) in \(warnings)")
            }
        }
    }

    func testCoventryFigures5And6() throws {
        let review = try load("coventry-warwickshire").review
        let figures = review.programme.keyFigures
        let figure5 = figures.filter { $0.source.contains("Figure 5") }
        let figure6 = figures.filter { $0.source.contains("Figure 6") }
        // Figure 5 prints 7 areas x (3 years + 3 changes) = 42 numbers and Figure 6 6 rows x 4
        // columns = 24: every one is a figure or a part of a Warwickshire total.
        func numbers(_ figures: [KeyFigure]) -> Int { figures.count + figures.reduce(0) { $0 + $1.parts.count } }
        XCTAssertEqual(numbers(figure5), 42)
        XCTAssertEqual(numbers(figure6), 24)
        let total2017 = try figure(review, "fig5-warwickshire-2017")
        XCTAssertEqual(total2017.formattedValue, "564,600 people")
        XCTAssertEqual(total2017.sumOfParts, 564_700)
        XCTAssertEqual(try figure(review, "fig5-warwickshire-2016").sumOfParts, 559_000)
        XCTAssertEqual(try figure(review, "fig5-warwickshire-2016").value, 559_000)
        XCTAssertEqual(try figure(review, "fig6-warwickshire-2039").sumOfParts, 618_283)
        XCTAssertEqual(try figure(review, "fig6-warwickshire-change").sumOfParts, 61_533)
        XCTAssertEqual(try figure(review, "fig5-change-coventry-city-2016-2017").formattedValue, "2.0%", "as the paper prints it")
        XCTAssertEqual(try figure(review, "s7-imd").formattedValue, "19.87")
        XCTAssertEqual(try figure(review, "s7-imd-national").formattedValue, "21.67")
        XCTAssertEqual(try figure(review, "s6-coventry-le-men").formattedValue, "9.4 years")
        XCTAssertEqual(try figure(review, "s6-coventry-le-women").formattedValue, "8.7 years")
        XCTAssertEqual(try figure(review, "s6-rugby-le-men").formattedValue, "5.7 years")
        XCTAssertEqual(try figure(review, "s6-rugby-le-women").formattedValue, "4.0 years")
        XCTAssertEqual(try figure(review, "s3-ccgs-2013").value, 211)
        XCTAssertEqual(try figure(review, "s3-ccgs-2018").value, 195)
        XCTAssertTrue(figures.allSatisfy { !$0.source.isEmpty }, "every figure says where the paper gives it")
        // The deliverable "for 2019/20" is at financial-year precision and not overdue at 22 May 2019.
        let deliverable = try XCTUnwrap(review.milestones.first { $0.title == "Transformation Work with PCNs" })
        XCTAssertEqual(deliverable.date.fileText, "2019/20")
        XCTAssertFalse(deliverable.isOverdue(asOf: review.programme.asOf))
        XCTAssertEqual(review.overdueMilestones.count, 0)
        XCTAssertTrue(review.programme.engagement?.findings.contains("\"patient voice\" is not among the nine criteria") ?? false)
        XCTAssertEqual(review.appraisal.criteria.count, 9)
        XCTAssertFalse(review.appraisal.criteria.contains { $0.title.lowercased().contains("patient voice") })
    }

    func testLancashireHas41PCNsAndNoInventedTargetYear() throws {
        let review = try load("lancashire-south-cumbria").review
        XCTAssertEqual(try figure(review, "fig-pcns").value, 41)
        XCTAssertEqual(try figure(review, "fig-pcn-basis-low").value, 30_000)
        XCTAssertEqual(try figure(review, "fig-pcn-basis-high").value, 50_000)
        XCTAssertNil(review.budgets.runningCostTarget?.targetYear, "the paper gives no year")
        XCTAssertEqual(review.budgets.runningCostTarget?.baselineYear.description, "2019/20")
        let summary = ReviewSummary(review).lines.joined(separator: "\n")
        XCTAssertFalse(summary.contains("2020/21"), summary)
        XCTAssertTrue(summary.contains("20% cut from £36.3m (2019/20) to £29.0m, no year given: £7.3m to go"), summary)
    }

    func testLeicesterContextFiguresAndSeptember2018() throws {
        let review = try load("leicester-leicestershire-rutland").review
        XCTAssertEqual(try figure(review, "fig-time-resource").formattedValue, "58%")
        XCTAssertEqual(try figure(review, "fig-support").formattedValue, "44%")
        XCTAssertEqual(try figure(review, "fig-13-leaders").value, 13)
        XCTAssertEqual(try figure(review, "fig-new-ccgs-2018").value, 6)
        XCTAssertEqual(try figure(review, "fig-constituents-2018").value, 18)
        let boards = try XCTUnwrap(review.milestones.first { $0.id == "ms-nhse-nhsi-boards" })
        XCTAssertEqual(boards.date.display, "Sep 2018")
    }

    func testNorthWestLondonFinanceFigures() throws {
        let review = try load("north-west-london").review
        let shown = review.programme.keyFigures.map(\.formattedValue)
        for figure in ["£50m", "19.6%", "4.6%", "£2.5m", "£2m", "£1.3m"] {
            XCTAssertTrue(shown.contains(figure), "\(figure) in \(shown)")
        }
        XCTAssertEqual(review.programme.principles.count, 15)
    }
}
