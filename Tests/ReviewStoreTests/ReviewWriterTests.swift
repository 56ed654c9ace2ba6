import XCTest
import ReviewGenerator
import ReviewModel
@testable import ReviewStore

/// `ReviewCodec.encode` writes the text directly (ReviewWriter); it must be byte for byte what
/// the JSON tree (ReviewEncoder) printed by JSONPrinter gives.
final class ReviewWriterTests: XCTestCase {
    private func assertSameBytes(_ review: Review, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        let direct = ReviewWriter.write(review)
        let viaTree = JSONPrinter.print(ReviewEncoder.encode(review))
        XCTAssertEqual(direct.count, viaTree.count, label, file: file, line: line)
        if direct != viaTree, let at = zip(direct, viaTree).enumerated().first(where: { $1.0 != $1.1 })?.offset {
            let context = { (bytes: [UInt8]) in String(decoding: bytes[max(0, at - 80)..<min(bytes.count, at + 80)], as: UTF8.self) }
            XCTFail("\(label): first difference at byte \(at):\n\(context(direct))\n---\n\(context(viaTree))", file: file, line: line)
        }
    }

    func testEveryFixture() throws {
        for name in FixturePaths.names {
            assertSameBytes(try ReviewStore().load(FixturePaths.path(name)).review, name)
        }
    }

    func testGeneratedReviews() {
        for items in [1, 100, 2_000] {
            assertSameBytes(ReviewGenerator.generate(items: items, seed: UInt64(items)), "\(items) items")
        }
    }

    func testEmptyAndUnusualValues() {
        let asOf = CalendarDate(year: 2020, month: 2, day: 29) ?? CalendarDate(dayNumber: 0)
        var review = Review(programme: Programme(name: "Quotes \" and \\ and\ttab\nline", system: "", asOf: asOf))
        assertSameBytes(review, "empty review")
        review.milestones = [
            Milestone(id: "m1", title: "Month", date: FlexibleDate(DatePoint.month(year: 555, month: 4) ?? .day(asOf)),
                      endDate: .day(asOf, label: "Autumn 2019")),
            Milestone(id: "m3", title: "Forms", date: DatePoint.quarter(year: 2020, quarter: 2).map { .by($0, label: "Before Q2") } ?? .undated(),
                      endDate: .undated(label: "Date not given")),
            Milestone(id: "m2", title: "£ – ✓ 日本 \u{1}", date: .day(asOf), dependsOn: ["m1"], notes: "two\nlines"),
        ]
        review.appraisal = Appraisal(scale: ScoreScale(min: 0, max: Decimal(string: "10.5") ?? 10),
                                     criteria: [Criterion(id: "c", title: "C", weight: Decimal(string: "0.25"))],
                                     options: [AppraisalOption(id: "o", title: "O", organisationsLeft: 0, pros: ["p"], cons: [])],
                                     cells: [AppraisalCell(optionId: "o", criterionId: "c", judgement: "", score: 3)],
                                     preferredOptionId: "o", recommendation: "r")
        review.budgets = Budgets(
            lines: [BudgetLine(id: "b", year: FinancialYear(startYear: 555), organisationId: nil, placeId: "p", measure: .runningCosts,
                               amount: Money(millions: -15), notes: "")],
            runningCostTarget: RunningCostTarget(reductionPercent: 20, baselineYear: FinancialYear(startYear: 2019),
                                                 targetYear: FinancialYear(startYear: 2020), baseline: Money(millions: Decimal(string: "36.25") ?? 0)),
            statedTotals: [StatedTotal(id: "s", label: "Pop", measure: .registeredPopulation, scope: .places, year: nil,
                                       value: 1_006_232, source: "")])
        review.actions = [Action(id: "a", title: "A", due: asOf, status: .carriedForward, linkedItemId: "m1", raisedAt: asOf,
                                 carriedForwardTo: asOf)]
        review.recommendations = [Recommendation(id: "r", text: "R", decidedOn: asOf)]
        review.history = [HistoryEntry(at: "2021-01-01T00:00:00Z", user: "u", changes: [])]
        assertSameBytes(review, "unusual values")
    }
}
