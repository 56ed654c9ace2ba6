import Foundation
import XCTest
import ReviewModel

/// The paper's figures are the summary's figures: the same readiness, next milestone,
/// preferred option, budget totals and running-cost target as `merger-review summary`.
final class BoardPaperFigureTests: XCTestCase {
    private let money = /-?£[0-9,]+\.[0-9]m/

    func testTotalsAgreeWithTheSummaryForEveryFixture() throws {
        for fixture in ReportTestSupport.fixtures {
            let review = try ReportTestSupport.review(fixture)
            let summary = ReviewSummary(review)
            let summaryText = summary.lines.joined(separator: "\n")
            let markdown = BoardPaper.markdown(review, today: ReportTestSupport.today)

            // Every summary line is in the paper's summary, in the same words.
            let summarySection = ReportTestSupport.section("Summary", of: markdown)
            for entry in summary.entries {
                XCTAssertTrue(summarySection.contains(MarkdownText.inline(entry.label)), "\(fixture): \(entry.label)")
                if !entry.value.isEmpty {
                    XCTAssertTrue(summarySection.contains(MarkdownText.inline(entry.value)), "\(fixture): \(entry.value)")
                }
            }
            XCTAssertTrue(ReportTestSupport.section("Merger tests", of: markdown).contains("Readiness: \(summary.readinessText)"), fixture)
            XCTAssertTrue(ReportTestSupport.section("Timeline", of: markdown)
                .contains("Next milestone: \(MarkdownText.inline(summary.nextMilestoneText))"), fixture)
            XCTAssertTrue(ReportTestSupport.section("Options appraisal", of: markdown)
                .contains("Preferred option: \(MarkdownText.inline(summary.preferredOptionText))"), fixture)

            // The organisations' totals row holds exactly the summary's budget totals, and every
            // amount in the budgets section also appears in the summary or in a row above its total.
            let budgets = ReportTestSupport.section("Budgets", of: markdown)
            if let year = summary.budget.defaultYear, !review.programme.organisations.isEmpty {
                let lines = budgets.components(separatedBy: "\n")
                let heading = try XCTUnwrap(lines.firstIndex(of: "### Organisations, \(year)"), fixture)
                let totals = try XCTUnwrap(lines[heading...].first { $0.hasPrefix("| **Total** |") }, fixture)
                let totalsMoney = totals.matches(of: money).map { String($0.output) }
                let summaryMoney = summary.entries.filter { $0.level == .budgetFigure }
                    .compactMap { $0.value.firstMatch(of: money).map { String($0.output) } }
                XCTAssertEqual(totalsMoney, summaryMoney, "\(fixture): totals row \(totals)")
                if let population = summary.budget.countTotal(.registeredPopulation, scope: .organisations) {
                    XCTAssertTrue(totals.contains("| \(CountText.format(population)) |"), "\(fixture): \(totals)")
                    XCTAssertTrue(summaryText.contains("\(CountText.format(population)) people"), fixture)
                }
                // Per head is in the totals row when the organisations carry the population (else the
                // summary divides by the places' population, as the summary section shows).
                if let perHead = summary.entries.first(where: { $0.label.hasSuffix("per head") }),
                   summary.budget.countTotal(.registeredPopulation, scope: .organisations) != nil {
                    XCTAssertTrue(totals.contains("| \(perHead.value) |"), "\(fixture): \(totals)")
                }
            }
            if let position = summary.budget.runningCostPosition {
                XCTAssertTrue(budgets.contains("Running-cost target: \(MarkdownText.inline(position.sentence))."), fixture)
                XCTAssertTrue(summaryText.contains(position.sentence), fixture)
            }
        }
    }

    func testCSVBudgetSumsAgreeWithTheSummary() throws {
        for fixture in ReportTestSupport.fixtures {
            let review = try ReportTestSupport.review(fixture)
            let summary = ReviewSummary(review)
            let csv = try XCTUnwrap(BoardPaper.csvTables(review, today: ReportTestSupport.today).first { $0.name == "budgets" }).csv
            let records = try CSVReader.parse(csv)
            let header = try XCTUnwrap(records.first)
            guard let year = summary.budget.defaultYear else {
                XCTAssertTrue(records.dropFirst().allSatisfy { $0[0].isEmpty }, "\(fixture): no year without budget lines")
                continue
            }
            let rows = records.dropFirst().filter { $0[0] == year.description && $0[1] == "organisations" }
            for entry in summary.entries where entry.level == .budgetFigure && !entry.label.hasSuffix("per head") {
                let measure = try XCTUnwrap(Measure.allCases.first { $0.label == entry.label }, entry.label)
                let column = try XCTUnwrap(header.firstIndex { $0.hasSuffix("_gbp_m") && $0.replacingOccurrences(of: "_", with: "")
                    .hasPrefix(measure.rawValue.lowercased()) }, "\(fixture): no column for \(measure)")
                var sum = Decimal(0)
                for row in rows where !row[column].isEmpty {
                    sum += try XCTUnwrap(Decimal(string: row[column], locale: Locale(identifier: "en_US_POSIX")), row[column])
                }
                let stated = try XCTUnwrap(entry.value.firstMatch(of: money).flatMap { Money.parse(String($0.output)) }, entry.value)
                XCTAssertEqual(Money(millions: sum).formatted, stated.formatted, "\(fixture): \(entry.label)")
            }
        }
    }

    func testAScoredAppraisalShowsWeightedTotalsRanksAndThePreferredOption() throws {
        var review = try ReportTestSupport.review("coventry-warwickshire")
        review.appraisal.scale = ScoreScale(min: 0, max: 5)
        for index in review.appraisal.criteria.indices { review.appraisal.criteria[index].weight = index == 0 ? 3 : 1 }
        for index in review.appraisal.cells.indices {
            let option = review.appraisal.options.firstIndex { $0.id == review.appraisal.cells[index].optionId } ?? 0
            review.appraisal.cells[index].score = Decimal(option + 1)
        }
        let scoring = AppraisalScoring(review.appraisal)
        let markdown = BoardPaper.markdown(review, today: ReportTestSupport.today)
        let section = ReportTestSupport.section("Options appraisal", of: markdown)
        XCTAssertTrue(section.contains("| No. | Option | Bodies left | Weighted total | Rank | Preferred |"), section)
        let totals = review.appraisal.options.map { DecimalText.format(scoring.weightedTotal(optionId: $0.id) ?? 0, places: 1) }
        XCTAssertTrue(section.contains("| **Weighted total** |  | \(totals.joined(separator: " | ")) |"), section)
        XCTAssertTrue(section.contains("| **Rank** |  | 3 | 2 | 1 |"), section)
        XCTAssertTrue(section.contains("| Criterion | Weight | Option 1 | Option 2 | Option 3 (preferred) |"), section)
        XCTAssertTrue(section.contains("| Improved clinical quality | 3 | Score 1: "), section)
        XCTAssertTrue(section.contains("Preferred option: Option 3: Full merger of the three CCGs"), section)
        XCTAssertTrue(section.contains("Recommendation: "), section)
    }

    func testOverdueMilestonesAndActionsAreMarkedInWords() throws {
        var review = try ReportTestSupport.review("coventry-warwickshire")
        let asOf = review.programme.asOf
        review.actions = [
            Action(id: "act-late", title: "Circulate the minutes", owner: "Board Secretary", due: asOf.adding(days: -3),
                   linkedItemId: review.mergerTests[0].id),
            Action(id: "act-done", title: "Book the room", owner: "Office", due: asOf.adding(days: -9), status: .done),
            Action(id: "act-next", title: "Draft the application", owner: "Director", due: asOf.adding(days: 30)),
        ]
        // A milestone of April 2019 still open at 22 May 2019 is overdue.
        review.milestones[0].date = FlexibleDate(try XCTUnwrap(DatePoint.month(year: 2019, month: 4)))
        review.milestones[0].endDate = nil
        review.milestones[0].status = .planned
        XCTAssertEqual(review.overdueMilestones.count, 1)
        let markdown = BoardPaper.markdown(review, today: ReportTestSupport.today)
        let timeline = ReportTestSupport.section("Timeline", of: markdown)
        XCTAssertTrue(timeline.contains("Overdue milestones: \(review.overdueMilestones.count) at 22 May 2019, marked OVERDUE below."), timeline)
        for milestone in review.overdueMilestones {
            XCTAssertTrue(timeline.contains("| \(MarkdownText.inline(milestone.title)) | \(milestone.status.label) | OVERDUE |"), milestone.title)
        }
        let actions = ReportTestSupport.section("Open actions", of: markdown)
        XCTAssertTrue(actions.contains("2 open, 1 overdue; 1 done or cancelled, not listed."), actions)
        XCTAssertTrue(actions.contains("| Circulate the minutes | Board Secretary | 19 May 2019 | Open | OVERDUE | Test: I. Alignment with (or within) the local STP/ICS |"), actions)
        XCTAssertTrue(actions.contains("| Draft the application | Director | 21 Jun 2019 | Open |  |  |"), actions)
        XCTAssertFalse(actions.contains("Book the room"))
    }
}
