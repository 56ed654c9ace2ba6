import Foundation
import XCTest
@testable import ReviewModel

/// Each validation rule, with an input that breaks it.
final class ValidationTests: XCTestCase {
    private func base() -> Review {
        let asOf = CalendarDate(year: 2020, month: 1, day: 9) ?? CalendarDate(dayNumber: 0)
        var review = StandardTests.blankReview(name: "Test", asOf: asOf)
        review.programme.organisations = [Organisation(id: "org-a", name: "A CCG", registeredPopulation: 100, placeIds: ["place-a"])]
        review.programme.places = [Place(id: "place-a", name: "A", registeredPopulation: 100, organisationIds: ["org-a"])]
        review.milestones = [Milestone(id: "ms-1", title: "Vote", date: paperDate("2020-04"))]
        review.appraisal = Appraisal(criteria: [Criterion(id: "crit-1", title: "Quality")],
                                     options: [AppraisalOption(id: "opt-1", title: "Merge")],
                                     cells: [AppraisalCell(optionId: "opt-1", criterionId: "crit-1", judgement: "Good")],
                                     preferredOptionId: "opt-1")
        let year = FinancialYear(startYear: 2019)
        review.budgets = Budgets(lines: [BudgetLine(id: "b-1", year: year, organisationId: "org-a", measure: .allocation,
                                                    amount: Money(millions: 10))])
        review.actions = [Action(id: "act-1", title: "Do it", linkedItemId: "test-alignment")]
        return review
    }

    private func issues(_ change: (inout Review) -> Void) -> [ValidationIssue] {
        var review = base()
        change(&review)
        return Validation.validate(review)
    }

    private func assertIssue(_ severity: ValidationIssue.Severity, at path: String, containing text: String,
                             file: StaticString = #filePath, line: UInt = #line, _ change: (inout Review) -> Void) {
        let found = issues(change)
        XCTAssertTrue(found.contains { $0.severity == severity && $0.path == path && $0.message.contains(text) },
                      "expected \(severity) at \(path) containing '\(text)', got \(found)", file: file, line: line)
    }

    func testTheBaseReviewIsClean() {
        XCTAssertEqual(Validation.validate(base()), [])
    }

    func testDuplicateIds() {
        assertIssue(.error, at: "$.milestones[0].id", containing: "duplicate id \"org-a\"") { $0.milestones[0].id = "org-a" }
    }

    func testEmptyId() {
        assertIssue(.error, at: "$.actions[0].id", containing: "empty") { $0.actions[0].id = " " }
    }

    func testMissingReferences() {
        assertIssue(.error, at: "$.programme.organisations[0].placeIds[0]", containing: "place \"nowhere\"") {
            $0.programme.organisations[0].placeIds = ["nowhere"]
        }
        assertIssue(.error, at: "$.programme.places[0].organisationIds[0]", containing: "organisation \"x\"") {
            $0.programme.places[0].organisationIds = ["x"]
        }
        assertIssue(.error, at: "$.milestones[0].dependsOn[0]", containing: "milestone \"ms-9\"") { $0.milestones[0].dependsOn = ["ms-9"] }
        assertIssue(.error, at: "$.milestones[0].dependsOn[0]", containing: "itself") { $0.milestones[0].dependsOn = ["ms-1"] }
        assertIssue(.error, at: "$.appraisal.cells[0].optionId", containing: "option \"opt-9\"") { $0.appraisal.cells[0].optionId = "opt-9" }
        assertIssue(.error, at: "$.appraisal.cells[0].criterionId", containing: "criterion") { $0.appraisal.cells[0].criterionId = "c-9" }
        assertIssue(.error, at: "$.appraisal.preferredOptionId", containing: "option") { $0.appraisal.preferredOptionId = "opt-9" }
        assertIssue(.error, at: "$.budgets.lines[0].organisationId", containing: "organisation") { $0.budgets.lines[0].organisationId = "o" }
        assertIssue(.error, at: "$.budgets.lines[0].placeId", containing: "place") { $0.budgets.lines[0].placeId = "p" }
        assertIssue(.error, at: "$.actions[0].linkedItemId", containing: "item \"gone\"") { $0.actions[0].linkedItemId = "gone" }
    }

    func testNegativeCounts() {
        assertIssue(.error, at: "$.programme.places[0].registeredPopulation", containing: "negative") {
            $0.programme.places[0].registeredPopulation = -5
        }
        assertIssue(.error, at: "$.programme.organisations[0].practices", containing: "negative") {
            $0.programme.organisations[0].practices = -1
        }
        assertIssue(.error, at: "$.appraisal.options[0].organisationsLeft", containing: "negative") {
            $0.appraisal.options[0].organisationsLeft = -1
        }
    }

    func testScoresOutsideTheScale() {
        assertIssue(.error, at: "$.appraisal.cells[0].score", containing: "outside the scale 0-5") {
            $0.appraisal.scale = ScoreScale(min: 0, max: 5)
            $0.appraisal.cells[0].score = 6
        }
        assertIssue(.error, at: "$.appraisal.cells[0].score", containing: "no scale") { $0.appraisal.cells[0].score = 3 }
    }

    func testNegativeAndAllZeroWeights() {
        assertIssue(.error, at: "$.appraisal.criteria[0].weight", containing: "negative") { $0.appraisal.criteria[0].weight = -1 }
        assertIssue(.error, at: "$.appraisal.criteria", containing: "every weight is zero") { $0.appraisal.criteria[0].weight = 0 }
    }

    func testStatedTotalDifferingFromItsPartsWarnsWithBothNumbers() {
        assertIssue(.warning, at: "$.budgets.statedTotals[0].value", containing: "states 813,954 (Section 4) but the places sum to 100") {
            $0.budgets.statedTotals = [StatedTotal(id: "st-1", label: "Registered population", measure: .registeredPopulation,
                                                   scope: .places, value: 813_954, source: "Section 4")]
        }
        assertIssue(.warning, at: "$.budgets.statedTotals[0].value", containing: "states £11.0m but the organisations sum to £10.0m") {
            $0.budgets.statedTotals = [StatedTotal(id: "st-1", label: "Allocation", measure: .allocation, scope: .organisations,
                                                   year: FinancialYear(startYear: 2019), value: 11)]
        }
    }

    func testPeriodEndingBeforeItStarts() {
        assertIssue(.error, at: "$.milestones[0].endDate", containing: "before it starts") {
            $0.milestones[0].endDate = paperDate("2020-01")
        }
    }

    func testEveryProblemIsReportedAtOnce() {
        let found = issues {
            $0.milestones[0].id = "org-a"
            $0.appraisal.criteria[0].weight = -1
            $0.actions[0].linkedItemId = "gone"
        }
        XCTAssertEqual(found.filter { $0.severity == .error }.count, 3)
    }
}
