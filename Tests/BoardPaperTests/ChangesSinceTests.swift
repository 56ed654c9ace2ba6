import Foundation
import ReviewModel
import ReviewStore
import XCTest

/// `report --since`: the paper opens with what changed since the version the last meeting saw.
final class ChangesSinceTests: XCTestCase {
    /// Coventry & Warwickshire as the last meeting saw it and as now: one test's RAG from
    /// Amber to Red, one milestone moved by a month, one budget line changed, one action closed.
    private func scriptedChanges() throws -> (before: Review, after: Review) {
        var before = try ReportTestSupport.review("coventry-warwickshire")
        let test = try XCTUnwrap(before.mergerTests.firstIndex { $0.id == "test-community-engagement" })
        before.mergerTests[test].rag = .amber
        before.actions.append(Action(id: "act-engagement-report", title: "Bring the engagement report to the next meeting",
                                     owner: "Director of Communications", due: CalendarDate(year: 2019, month: 7, day: 31)))
        var after = before
        after.mergerTests[test].rag = .red
        let milestone = try XCTUnwrap(after.milestones.firstIndex { $0.id == "ms-jdp-sc-governance" })
        after.milestones[milestone].date = .day(try XCTUnwrap(CalendarDate(year: 2019, month: 7, day: 31)))
        let line = try XCTUnwrap(after.budgets.lines.firstIndex { $0.id == "b-cr-prog" })
        after.budgets.lines[line].amount = Money(millions: Decimal(string: "650.2") ?? 0)
        after.actions[after.actions.count - 1].status = .done
        return (before, after)
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
