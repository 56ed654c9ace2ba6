import Foundation
import XCTest
import ReviewModel
import ReviewStore

/// The figures the papers print, from the fixtures, to the penny.
final class FixtureFigureTests: XCTestCase {
    private func load(_ name: String) throws -> LoadedReview { try ReviewStore().load(FixturePaths.path(name)) }

    func testLancashireAndSouthCumbria() throws {
        let review = try load("lancashire-south-cumbria").review
        let figures = BudgetFigures(review)
        let year = try XCTUnwrap(FinancialYear("2019/20"))
        XCTAssertEqual(review.programme.organisations.count, 8)
        XCTAssertEqual(review.programme.places.count, 5)
        XCTAssertEqual(figures.population, 1_777_610)
        XCTAssertEqual(figures.practices, 215)
        XCTAssertEqual(figures.total(.allocation, year: year).formatted, "£2,909.3m")
        XCTAssertEqual(figures.total(.allocation, year: year).millions, Decimal(string: "2909.3"))
        XCTAssertEqual(figures.total(.runningCosts, year: year).formatted, "£36.3m")
        let position = try XCTUnwrap(figures.runningCostPosition)
        XCTAssertEqual(position.target.reductionPercent, 20)
        XCTAssertEqual(position.targetAmount.millions, Decimal(string: "29.04"))
        XCTAssertEqual(position.gap.formatted, "£7.3m")
        XCTAssertEqual(review.appraisal.options.count, 6)
        XCTAssertEqual(review.appraisal.criteria.count, 8)
        XCTAssertEqual(ReviewSummary(review).preferredOptionText.prefix(9), "Option 5:")
        XCTAssertFalse(AppraisalScoring(review.appraisal).isScored, "the paper gives no scores")
        XCTAssertTrue(figures.mismatchedTotals.isEmpty)
        let lines = ReviewSummary(review).lines.joined(separator: "\n")
        for expected in ["1,777,610 people", "215 practices", "£2,909.3m", "£36.3m", "20% cut", "Option 5"] {
            XCTAssertTrue(lines.contains(expected), "summary lacks \(expected)")
        }
    }

    func testCoventryAndWarwickshire() throws {
        let loaded = try load("coventry-warwickshire")
        let review = loaded.review
        let figures = BudgetFigures(review)
        let year = try XCTUnwrap(FinancialYear("2019/20"))
        XCTAssertEqual(figures.total(.programme, year: year).formatted, "£1,254.7m")
        XCTAssertEqual(figures.total(.runningCosts, year: year).formatted, "£20.1m")
        XCTAssertEqual(figures.total(.primaryMedical, year: year).formatted, "£136.0m")
        XCTAssertEqual(figures.total(.totalBudget, year: year).formatted, "£1,410.8m")
        XCTAssertEqual(figures.total(.inYearSurplus, year: year).formatted, "£2.3m")
        let cumulative = figures.total(.cumulativeSurplus, year: year)
        let percent = figures.surplusPercent(cumulative, programme: figures.total(.programme, year: year))
        XCTAssertEqual(ReviewSummary.surplusText(cumulative, percent: percent), "-£15.0m (-1.2%)")
        XCTAssertEqual(figures.countTotal(.registeredPopulation, scope: .places), 1_006_232)
        XCTAssertEqual(figures.countTotal(.pcns, scope: .places), 19)
        XCTAssertEqual(figures.countTotal(.practices, scope: .places), 127)
        XCTAssertEqual(review.appraisal.options.count, 3)
        XCTAssertEqual(review.appraisal.criteria.count, 9)
        XCTAssertEqual(review.appraisal.cells.count, 27)
        XCTAssertEqual(ReviewSummary(review).preferredOptionText.prefix(9), "Option 3:")
        // The paper's own contradiction stays, and validation names both numbers.
        XCTAssertTrue(loaded.warnings.contains {
            $0.issue.message.contains("813,954") && $0.issue.message.contains("1,006,232")
        }, "\(loaded.warnings)")
        // 31 November 2019 is stored as the nearest valid date, with a note.
        XCTAssertTrue(review.milestones.contains { $0.date.earliestDay?.iso == "2019-11-30" && $0.notes.contains("31 November") })
        // Each CCG's surplus percentage as printed: 1.0%, -1.0%, -7.1%.
        let printed = review.programme.organisations.compactMap { org -> String? in
            guard let surplus = figures.amount(.cumulativeSurplus, year: year, entityId: org.id),
                  let programme = figures.amount(.programme, year: year, entityId: org.id),
                  let percent = figures.surplusPercent(surplus, programme: programme) else { return nil }
            return DecimalText.format(percent, places: 1)
        }
        XCTAssertEqual(printed, ["1.0", "-1.0", "-7.1"])
    }

    func testLeicesterHasSixRecommendations() throws {
        let review = try load("leicester-leicestershire-rutland").review
        XCTAssertEqual(review.recommendations.count, 6)
        XCTAssertTrue(review.recommendations.contains { $0.kind == .restateApproval })
        XCTAssertEqual(review.programme.organisations.count, 3)
    }

    func testNorthWestLondonTimeline() throws {
        let review = try load("north-west-london").review
        XCTAssertEqual(review.programme.organisations.count, 8)
        XCTAssertTrue(review.milestones.contains { $0.endDate == .day(CalendarDate(year: 2019, month: 8, day: 24)!) })
        XCTAssertTrue(review.milestones.contains { $0.date.display == "Autumn 2019" })
    }

    func testReadinessAndNextMilestone() throws {
        let review = try load("lancashire-south-cumbria").review
        XCTAssertEqual(review.readiness.total, review.mergerTests.count)
        let next = try XCTUnwrap(review.nextMilestone)
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(next.date.earliestDay), review.programme.asOf)
    }
}
