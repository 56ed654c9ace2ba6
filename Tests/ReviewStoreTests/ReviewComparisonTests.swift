import ReviewModel
import ReviewStore
import ReviewTestData
import XCTest

/// The semantic comparison on the papers' own figures.
final class ReviewComparisonTests: XCTestCase {
    func testScriptedChangesToCoventryAndWarwickshireAreListedAsAPersonReadsThem() throws {
        let (before, after) = try ScriptedChanges.coventryAndWarwickshire(ReviewStore().load(FixturePaths.path("coventry-warwickshire")).review)
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
        let (before, after) = try ScriptedChanges.coventryAndWarwickshire(ReviewStore().load(FixturePaths.path("coventry-warwickshire")).review)
        let text = ComparisonText.markdown(ReviewComparison(from: before, to: after), old: "old.json", new: "new.json")
        XCTAssertTrue(text.hasPrefix("## Changes from old.json to new.json\n\n"), text)
        XCTAssertTrue(text.contains("- Changed merger test **VII. Ability to engage with local communities**: RAG Amber → Red\n"), text)
        XCTAssertTrue(text.contains("- Changed budget line **Programme 2019/20, NHS Coventry & Rugby Clinical Commissioning Group**: amount £647.9m → £650.2m\n"), text)
    }
}
