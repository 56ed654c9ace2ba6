import Foundation
import ReviewModel
import ReviewStore
import ReviewTestData
import XCTest

/// `report --since`: the paper opens with what changed since the version the last meeting saw.
final class ChangesSinceTests: XCTestCase {
    private func scriptedChanges() throws -> (before: Review, after: Review) {
        try ScriptedChanges.coventryAndWarwickshire(ReportTestSupport.review("coventry-warwickshire"))
    }

    func testTheSectionListsExactlyTheFourScriptedChanges() throws {
        let (before, after) = try scriptedChanges()
        let markdown = BoardPaper.markdown(after, today: ReportTestSupport.today, since: before)
        let section = ReportTestSupport.section("Changes since \(before.programme.asOf.long)", of: markdown)
        ReportTestSupport.assertSnapshot(section, named: "coventry-warwickshire-changes-since.md")
        XCTAssertEqual(section.components(separatedBy: "\n").filter { $0.hasPrefix("- ") }.count, 4, section)
        let headings = markdown.components(separatedBy: "\n").filter { $0.hasPrefix("## ") }
        XCTAssertEqual(headings.first, "## Changes since \(before.programme.asOf.long)", "the section opens the paper")
    }

    func testNoChangesIsSaidInOneSentence() throws {
        let review = try ReportTestSupport.review("north-west-london")
        let markdown = BoardPaper.markdown(review, today: ReportTestSupport.today, since: review)
        let section = ReportTestSupport.section("Changes since \(review.programme.asOf.long)", of: markdown)
        XCTAssertTrue(section.contains("Nothing has changed"), section)
    }

    func testWithoutSinceThePaperIsUnchanged() throws {
        let review = try ReportTestSupport.review("coventry-warwickshire")
        XCTAssertFalse(BoardPaper.markdown(review, today: ReportTestSupport.today).contains("Changes since"))
    }
}
