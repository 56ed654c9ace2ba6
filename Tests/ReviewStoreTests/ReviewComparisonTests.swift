import ReviewModel
import ReviewStore
import XCTest

/// The semantic comparison on the papers' own figures.
final class ReviewComparisonTests: XCTestCase {
    func testScriptedChangesToCoventryAndWarwickshireAreListedAsAPersonReadsThem() throws {
        let (before, after) = try ScriptedChanges.coventryAndWarwickshire()
        let text = ComparisonText.plain(ReviewComparison(from: before, to: after), old: "old.json", new: "new.json")
        XCTAssertEqual(text, """
            Changed milestone "Agreed governance and reporting for strategic commissioning team"
                Date: 30 Jun 2019 -> 31 Jul 2019
            Changed merger test "VII. Ability to engage with local communities"
                RAG: Amber -> Red
            Changed budget line "Programme 2019/20, NHS Coventry & Rugby Clinical Commissioning Group"
                Amount: £647.9m -> £650.2m
            Changed action "Bring the engagement report to the next meeting"
                Status: Open -> Done

            """)
    }

    func testAReviewComparedWithItselfHasNoChanges() throws {
        for name in FixturePaths.names {
            let review = try ReviewStore().load(FixturePaths.path(name)).review
            let comparison = ReviewComparison(from: review, to: review)
            XCTAssertTrue(comparison.isEmpty, name)
            XCTAssertEqual(ComparisonText.plain(comparison, old: "a", new: "b"), "")
            XCTAssertEqual(ComparisonText.markdown(comparison, old: "a", new: "b"), "")
        }
    }

    func testReviewsOfDifferentProgrammesAreSaidToBeSoRatherThanListed() throws {
        let lancashire = try ReviewStore().load(FixturePaths.path("lancashire-south-cumbria")).review
        let coventry = try ReviewStore().load(FixturePaths.path("coventry-warwickshire")).review
        let comparison = ReviewComparison(from: lancashire, to: coventry)
        XCTAssertEqual(comparison.changes, [])
        XCTAssertNotNil(comparison.differentProgrammes)
        let text = ComparisonText.plain(comparison, old: "a.json", new: "b.json")
        XCTAssertTrue(text.hasPrefix("a.json and b.json are reviews of different programmes"), text)
        XCTAssertEqual(text.split(separator: "\n").count, 1)
    }

    func testAddedRemovedAndMovedItemsAreNamed() throws {
        let before = try ReviewStore().load(FixturePaths.path("coventry-warwickshire")).review
        var after = before
        var milestones = Array(after.milestones)
        let moved = milestones.remove(at: 0)
        milestones.append(moved)
        milestones.remove(at: 3)
        milestones.insert(Milestone(id: "ms-new", title: "Shadow governing body meets", date: .day(CalendarDate(dayNumber: 18_262))), at: 2)
        after.milestones = ChunkedArray(milestones)
        let kinds = ReviewComparison(from: before, to: after).changes.map { "\($0.kind) \($0.itemId)" }
        XCTAssertEqual(kinds, ["added ms-new", "moved \(moved.id)", "removed \(before.milestones[4].id)"])
    }

    func testMarkdownListsEachChangeOnOneLine() throws {
        let (before, after) = try ScriptedChanges.coventryAndWarwickshire()
        let text = ComparisonText.markdown(ReviewComparison(from: before, to: after), old: "old.json", new: "new.json")
        XCTAssertTrue(text.hasPrefix("## Changes from old.json to new.json\n\n"), text)
        XCTAssertTrue(text.contains("- Changed merger test **VII. Ability to engage with local communities**: RAG Amber → Red\n"), text)
        XCTAssertTrue(text.contains("- Changed budget line **Programme 2019/20, NHS Coventry & Rugby Clinical Commissioning Group**: amount £647.9m → £650.2m\n"), text)
    }
}

/// Coventry & Warwickshire as at one meeting and as at the next: one test's RAG from Amber to
/// Red, one milestone moved by a month, one budget line changed, one action closed.
enum ScriptedChanges {
    static func coventryAndWarwickshire() throws -> (before: Review, after: Review) {
        var before = try ReviewStore().load(FixturePaths.path("coventry-warwickshire")).review
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
}
