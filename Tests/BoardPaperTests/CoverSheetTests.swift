import Foundation
import XCTest
import ReviewModel
import ReviewStore

/// The cover sheet: the paper's details from the review's `paper` section, an executive
/// summary from the review's own figures, and the recommendations with the decision sought.
final class CoverSheetTests: XCTestCase {
    private let details = PaperDetails(meeting: "Joint Committee of CCGs", meetingDate: "Thursday 9 January 2020", agendaItem: "9",
                                       purpose: .decision, author: "Programme director", sponsor: "Accountable Officer",
                                       previouslyConsidered: "Commissioning Reform Group, December 2019")

    func testTheCoverSheetOpensThePaperInEveryFormat() throws {
        var review = try ReportTestSupport.review("lancashire-south-cumbria")
        review.paper = details
        let markdown = BoardPaper.markdown(review, today: ReportTestSupport.today)
        let cover = ReportTestSupport.section("Cover sheet", of: markdown)
        for row in ["| Meeting | Joint Committee of CCGs |", "| Date of meeting | Thursday 9 January 2020 |", "| Agenda item | 9 |",
                    "| Purpose | For decision |", "| Author | Programme director |", "| Executive sponsor | Accountable Officer |",
                    "| Previously considered by | Commissioning Reform Group, December 2019 |"] {
            XCTAssertTrue(cover.contains(row), row)
        }
        let summary = ReviewSummary(review)
        XCTAssertTrue(cover.contains("Readiness: \(summary.readinessText) merger tests are assured."))
        XCTAssertTrue(cover.contains("Financial gap: 20% cut from £36.3m (2019/20) to £29.0m by 2020/21: £7.3m to go."), cover)
        XCTAssertTrue(cover.contains("Decision sought: the board is asked to note, endorse, receive"), cover)
        for (index, recommendation) in review.recommendations.enumerated() {
            XCTAssertTrue(cover.contains("- \(index + 1). \(recommendation.kind.label): \(MarkdownText.inline(recommendation.text))"))
        }
        // Before the summary, after the title.
        let coverAt = try XCTUnwrap(markdown.range(of: "## Cover sheet")), summaryAt = try XCTUnwrap(markdown.range(of: "## Summary"))
        XCTAssertLessThan(coverAt.lowerBound, summaryAt.lowerBound)
        XCTAssertTrue(BoardPaper.html(review, today: ReportTestSupport.today).contains("<td>For decision</td>"))
        let word = BoardPaper.docxParts(review, today: ReportTestSupport.today).first { $0.path == "word/document.xml" }
        XCTAssertTrue(String(decoding: try XCTUnwrap(word).bytes, as: UTF8.self).contains(">Executive summary<"))
    }

    func testNoDetailsNoCoverSheetAndOverdueMilestonesAreNamed() throws {
        let review = try ReportTestSupport.review("coventry-warwickshire")
        XCTAssertFalse(BoardPaper.markdown(review, today: ReportTestSupport.today).contains("## Cover sheet"))
        var withDetails = review
        withDetails.paper = PaperDetails(meeting: "Governing Body")
        let cover = ReportTestSupport.section("Cover sheet", of: BoardPaper.markdown(withDetails, today: ReportTestSupport.today))
        XCTAssertTrue(cover.contains("| Purpose | Not given |"))
        XCTAssertTrue(cover.contains("No milestone is overdue at 22 May 2019."), cover)

        let asOf = try XCTUnwrap(CalendarDate(year: 2020, month: 1, day: 1))
        var late = Review(programme: Programme(name: "P", system: "S", asOf: asOf), milestones: [
            Milestone(id: "m1", title: "Consultation closes", date: .day(try XCTUnwrap(CalendarDate(year: 2019, month: 6, day: 1)))),
            Milestone(id: "m2", title: "Vesting day", date: .day(try XCTUnwrap(CalendarDate(year: 2021, month: 4, day: 1)))),
        ])
        late.paper = PaperDetails(purpose: .information)
        let lateCover = ReportTestSupport.section("Cover sheet", of: BoardPaper.markdown(late, today: ReportTestSupport.today))
        XCTAssertTrue(lateCover.contains("Overdue milestones at 1 January 2020: 1: Consultation closes (1 Jun 2019)."), lateCover)
    }

    func testOptionsOverrideTheFilesDetails() {
        let merged = details.overridden(by: PaperDetails(agendaItem: "12", purpose: .assurance))
        XCTAssertEqual(merged.agendaItem, "12")
        XCTAssertEqual(merged.purpose, .assurance)
        XCTAssertEqual(merged.meeting, "Joint Committee of CCGs")
    }

    /// A version-2 file (before the `paper` section) reads as it was and is saved as the
    /// current version; a `paper` section survives a save and a load.
    func testVersionTwoFilesMigrateAndThePaperSectionRoundTrips() throws {
        let directory = try ReportTestSupport.temporaryDirectory()
        let fixture = try String(contentsOfFile: ReportTestSupport.fixturePath("north-west-london"), encoding: .utf8)
        let current = "\"schemaVersion\": \(Review.currentSchemaVersion)"
        XCTAssertTrue(fixture.contains(current))
        let versionTwo = "\(directory)/v2.json"
        try fixture.replacingOccurrences(of: current, with: "\"schemaVersion\": 2").write(toFile: versionTwo, atomically: true, encoding: .utf8)
        let store = ReviewStore()
        let loaded = try store.load(versionTwo)
        XCTAssertNil(loaded.review.paper)
        XCTAssertEqual(loaded.review, try ReportTestSupport.review("north-west-london"))
        var review = loaded.review
        review.paper = details
        _ = try store.save(review, to: versionTwo)
        let saved = try String(contentsOfFile: versionTwo, encoding: .utf8)
        XCTAssertTrue(saved.contains(current))
        XCTAssertTrue(saved.contains("\"paper\": {"))
        XCTAssertTrue(saved.contains("\"purpose\": \"decision\""))
        XCTAssertEqual(try store.load(versionTwo).review.paper, details)

        let badPurpose = "\(directory)/bad.json"
        try saved.replacingOccurrences(of: "\"purpose\": \"decision\"", with: "\"purpose\": \"decide\"")
            .write(toFile: badPurpose, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try store.load(badPurpose)) { error in
            XCTAssertTrue("\(error)".contains("purpose"), "\(error)")
        }
    }
}
