import Foundation
import XCTest
import ReviewGenerator
import ReviewModel
import ReviewStore

/// `merger-review import`: the CSV files the export writes read back into a review. Export,
/// clear the section in a copy, import: the section is the original's. Malformed files give
/// located issues and no review.
final class CSVImportTests: XCTestCase {
    private func tables(_ review: Review) -> [String: String] {
        Dictionary(uniqueKeysWithValues: BoardPaper.csvTables(review, today: ReportTestSupport.today).map { ($0.name, $0.csv) })
    }

    private func imported(_ kind: CSVImportKind, _ csv: String, evidence: String? = nil, into review: Review,
                          file: StaticString = #filePath, line: UInt = #line) throws -> Review {
        switch CSVImport.apply(kind, csv: csv, evidence: evidence, to: review) {
        case .success(let review): return review
        case .failure(let failure):
            XCTFail(failure.issues.map(\.description).joined(separator: "\n"), file: file, line: line)
            throw XCTSkip("import failed")
        }
    }

    /// Every money figure zeroed and every count cleared: the lines keep their ids and notes,
    /// which budgets.csv (one column per measure) does not carry.
    private func clearingBudgets(_ review: Review) -> Review {
        var copy = review
        copy.budgets.lines = ChunkedArray(review.budgets.lines.map { line in
            var cleared = line
            cleared.amount = .zero
            return cleared
        })
        for index in copy.programme.organisations.indices {
            copy.programme.organisations[index].registeredPopulation = nil
            copy.programme.organisations[index].practices = nil
        }
        for index in copy.programme.places.indices {
            copy.programme.places[index].registeredPopulation = nil
            copy.programme.places[index].practices = nil
            copy.programme.places[index].pcns = nil
        }
        return copy
    }

    private func assertRoundTrip(_ review: Review, _ name: String) throws {
        let csv = tables(review)
        var noTests = review
        noTests.mergerTests = []
        let tests = try imported(.tests, try XCTUnwrap(csv["tests"]), evidence: csv["evidence"], into: noTests)
        XCTAssertTrue(tests.mergerTests == review.mergerTests, "\(name): tests")

        var noMilestones = review
        noMilestones.milestones = []
        let milestones = try imported(.milestones, try XCTUnwrap(csv["timeline"]), into: noMilestones)
        // The file is in date order; a review keeps its milestones in the order it has them.
        XCTAssertEqual(Set(milestones.milestones.map(\.id)), Set(review.milestones.map(\.id)), name)
        XCTAssertTrue(milestones.milestonesInDateOrder == review.milestonesInDateOrder, "\(name): milestones")

        // Every line comes back in its place with its amount, where a body has several lines for
        // a year and measure too (the generated review draws them at random): each is a row.
        let budgets = try imported(.budgets, try XCTUnwrap(csv["budgets"]), into: clearingBudgets(review))
        XCTAssertTrue(budgets.budgets == review.budgets, "\(name): budgets")
        XCTAssertTrue(budgets.budgets.statedTotals == review.budgets.statedTotals, name)
        XCTAssertTrue(budgets.budgets.runningCostTarget == review.budgets.runningCostTarget, name)
        XCTAssertTrue(budgets.programme == review.programme, "\(name): counts")

        // Importing the file into the review it came from changes nothing.
        for (kind, table) in [(CSVImportKind.tests, "tests"), (.milestones, "timeline"), (.budgets, "budgets")] {
            let same = try imported(kind, try XCTUnwrap(csv[table]), evidence: kind == .tests ? csv["evidence"] : nil, into: review)
            XCTAssertEqual(ReviewDiff.changes(from: review, to: same), [], "\(name): \(table)")
        }
    }

    func testExportThenImportGivesBackEveryFixturesSections() throws {
        for fixture in ReportTestSupport.fixtures {
            try assertRoundTrip(try ReportTestSupport.review(fixture), fixture)
        }
    }

    func testExportThenImportGivesBackAGenerated10kItemReview() throws {
        let review = ReviewGenerator.generate(items: 10_000)
        let keys = review.budgets.lines.map { "\($0.year)/\($0.organisationId ?? "")/\($0.placeId ?? "")/\($0.measure)" }
        XCTAssertTrue(Dictionary(keys.map { ($0, 1) }, uniquingKeysWith: +).values.contains { $0 > 1 },
                      "the generated review has bodies with several lines for a year and measure")
        try assertRoundTrip(review, "generated 10k")
    }

    /// Two lines for one body, year and measure are two rows: the first with the counts, the
    /// second with the further line only. Fewer rows remove the lines beyond them; counts on a
    /// further row are an error.
    func testSeveralLinesForOneCellAreRowsOfTheirOwn() throws {
        var review = try ReportTestSupport.review("lancashire-south-cumbria")
        let year = try XCTUnwrap(FinancialYear("2019/20"))
        let first = try XCTUnwrap(review.budgets.lines.first { $0.organisationId == "org-blackburn-darwen" && $0.year == year && $0.measure == .allocation })
        review.budgets.lines.append(BudgetLine(id: "b-extra", year: year, organisationId: "org-blackburn-darwen", placeId: nil,
                                               measure: .allocation, amount: Money(millions: 12)))
        let budgets = try XCTUnwrap(tables(review)["budgets"])
        XCTAssertTrue(budgets.contains("2019/20,organisations,org-blackburn-darwen,NHS Blackburn with Darwen CCG,177841,23,,271.3,"), budgets)
        XCTAssertTrue(budgets.contains("2019/20,organisations,org-blackburn-darwen,NHS Blackburn with Darwen CCG,,,,12,,"), budgets)
        XCTAssertEqual(ReviewDiff.changes(from: review, to: try imported(.budgets, budgets, into: review)), [])

        var rows = budgets.components(separatedBy: "\r\n")
        let further = try XCTUnwrap(rows.firstIndex { $0.contains("NHS Blackburn with Darwen CCG,,,,12,") })
        var withCounts = rows
        withCounts[further] = withCounts[further].replacingOccurrences(of: "CCG,,,,12,", with: "CCG,177841,,,12,")
        let counted = issues(.budgets, withCounts.joined(separator: "\r\n"), into: review)
        XCTAssertEqual(counted.map(\.row), [further + 1], "\(counted)")
        XCTAssertEqual(counted.first?.column, "registered_population")

        rows.remove(at: further)
        let fewer = try imported(.budgets, rows.joined(separator: "\r\n"), into: review)
        XCTAssertNil(fewer.budgets.lines.first { $0.id == "b-extra" })
        XCTAssertEqual(fewer.budgets.lines.first { $0.id == first.id }, first)
    }

    func testChangedAndNewRowsUpdateAndAddByIdAndNamesAreNotReadBack() throws {
        let review = try ReportTestSupport.review("lancashire-south-cumbria")
        var budgets = try XCTUnwrap(tables(review)["budgets"])
        // The row of NHS Blackburn with Darwen CCG: a new allocation, and a different name that is ignored.
        budgets = budgets.replacingOccurrences(of: "2019/20,organisations,org-blackburn-darwen,NHS Blackburn with Darwen CCG,177841,23,,271.3,",
                                               with: "2019/20,organisations,org-blackburn-darwen,Someone else,177841,23,,280.5,")
        let updated = try imported(.budgets, budgets, into: review)
        XCTAssertEqual(BudgetFigures(updated).amount(.allocation, year: try XCTUnwrap(FinancialYear("2019/20")), entityId: "org-blackburn-darwen"),
                       Money(millions: Decimal(string: "280.5") ?? 0))
        XCTAssertEqual(updated.programme.organisations.first { $0.id == "org-blackburn-darwen" }?.name, "NHS Blackburn with Darwen CCG")
        XCTAssertEqual(ReviewDiff.changes(from: review, to: updated).count, 1)

        var timeline = try XCTUnwrap(tables(review)["timeline"])
        timeline += "m-new,Mar 2021,2021-03,,2021-03-01,,,,,Vesting day,Planned,no,Board secretary,,\r\n"
        let withNew = try imported(.milestones, timeline, into: review)
        XCTAssertEqual(withNew.milestones.count, review.milestones.count + 1)
        let added = try XCTUnwrap(withNew.milestones.last)
        XCTAssertEqual(added.id, "m-new")
        XCTAssertEqual(added.date, FlexibleDate(try XCTUnwrap(DatePoint.month(year: 2021, month: 3))))
        XCTAssertEqual(added.owner, "Board secretary")
    }

    // MARK: The malformed corpus

    private func issues(_ kind: CSVImportKind, _ csv: String, into review: Review) -> [CSVImportIssue] {
        switch CSVImport.apply(kind, csv: csv, to: review) {
        case .success: return []
        case .failure(let failure): return failure.issues
        }
    }

    func testAMalformedFileGivesLocatedIssuesAndNoReview() throws {
        let review = try ReportTestSupport.review("lancashire-south-cumbria")
        let csv = tables(review)
        let budgets = try XCTUnwrap(csv["budgets"])
        let timeline = try XCTUnwrap(csv["timeline"])
        let tests = try XCTUnwrap(csv["tests"])
        let budgetRows = budgets.components(separatedBy: "\r\n")
        let blackburn = try XCTUnwrap(budgetRows.firstIndex { $0.contains(",org-blackburn-darwen,") })

        // A wrong header: a column renamed.
        let wrongHeader = issues(.budgets, budgets.replacingOccurrences(of: "allocation_gbp_m", with: "allocation"), into: review)
        XCTAssertTrue(wrongHeader.contains { $0.row == 1 && $0.column == "allocation_gbp_m" && $0.problem.contains("no column") }, "\(wrongHeader)")
        XCTAssertTrue(wrongHeader.contains { $0.row == 1 && $0.column == "allocation" && $0.problem == "an unknown column" }, "\(wrongHeader)")

        // Text in an amount: row numbers count the header as row 1.
        var textRows = budgetRows
        textRows[blackburn] = textRows[blackburn].replacingOccurrences(of: ",271.3,", with: ",£271.3m,")
        let text = issues(.budgets, textRows.joined(separator: "\r\n"), into: review)
        XCTAssertEqual(text, [CSVImportIssue(row: blackburn + 1, column: "allocation_gbp_m", problem: "“£271.3m” is not an amount",
            fix: "write £ millions as a plain number with a point for decimals (271.3, -15), no £ or commas, or leave it empty")])
        XCTAssertEqual(text.first?.description.hasPrefix("row \(blackburn + 1), column allocation_gbp_m: “£271.3m” is not an amount; write £ millions"), true)

        // An impossible date.
        var timelineRows = timeline.components(separatedBy: "\r\n")
        let dayRow = try XCTUnwrap(timelineRows.firstIndex { $0.contains(",9 Jan 2020,2020-01-09,,2020-01-09,") })
        timelineRows[dayRow] = timelineRows[dayRow].replacingOccurrences(of: ",9 Jan 2020,2020-01-09,", with: ",30 Feb 2020,2020-02-30,")
        let impossible = issues(.milestones, timelineRows.joined(separator: "\r\n"), into: review)
        XCTAssertEqual(impossible.map(\.row), [dayRow + 1], "\(impossible)")
        XCTAssertEqual(impossible.first?.column, "date_value")
        XCTAssertEqual(impossible.first?.problem.hasPrefix("“2020-02-30” is not a date"), true, "\(impossible)")

        // A quoted newline in a field that holds one line (an owner), left open.
        var testRows = tests.components(separatedBy: "\r\n")
        testRows[1] = testRows[1].replacingOccurrences(of: ",In progress,", with: ",\"In\nprogress\",")
        let newline = issues(.tests, testRows.joined(separator: "\r\n"), into: review)
        XCTAssertEqual(newline.map(\.row), [2])
        XCTAssertEqual(newline.first?.column, "status")
        XCTAssertEqual(newline.first?.problem, "a line break inside the field (a quote left open?)")

        // A byte-order mark (Excel's "CSV UTF-8" writes one) is skipped: the file reads as without it.
        XCTAssertEqual(issues(.budgets, "\u{FEFF}" + budgets, into: review), [])
        XCTAssertTrue(try imported(.budgets, "\u{FEFF}" + budgets, into: review) == review)
        let bomHeader = issues(.budgets, "\u{FEFF}" + budgets.replacingOccurrences(of: "year,", with: "yr,"), into: review)
        XCTAssertTrue(bomHeader.contains { $0.row == 1 && $0.column == "year" && $0.problem.contains("no column") }, "\(bomHeader)")

        // Semicolons as separators.
        let semicolons = issues(.budgets, budgets.replacingOccurrences(of: ",", with: ";"), into: review)
        XCTAssertEqual(semicolons.map(\.problem), ["the columns are separated by semicolons"])
        XCTAssertEqual(semicolons.first?.row, 1)

        // A row with a field too many.
        var extra = budgetRows
        extra[blackburn] += ",1"
        XCTAssertEqual(issues(.budgets, extra.joined(separator: "\r\n"), into: review).first?.problem, "15 fields where the header has 14")

        // Every other bad cell of a row is reported, not only the first.
        var several = budgetRows
        several[blackburn] = several[blackburn].replacingOccurrences(of: "2019/20,organisations,org-blackburn-darwen", with: "2019-20,trusts,")
        let all = issues(.budgets, several.joined(separator: "\r\n"), into: review)
        XCTAssertEqual(Set(all.compactMap(\.column)), ["year", "scope", "id"], "\(all)")
    }
}
