import ReviewModel
import ReviewStore
import XCTest

/// The cover sheet's details (`paper`) are compared by `diff` and merged by `merge` like any
/// other part of the review.
final class PaperComparisonTests: XCTestCase {
    private func review(paper: PaperDetails?) throws -> Review {
        var review = try ReviewStore().load(FixturePaths.path("north-west-london")).review
        review.paper = paper
        return review
    }

    private let january = PaperDetails(meeting: "Joint Committee of CCGs", meetingDate: "Thursday 9 January 2020",
                                       agendaItem: "7", purpose: .decision, author: "Board Secretary")

    func testAChangedCoverSheetIsListedFieldByField() throws {
        var february = january
        february.meetingDate = "Thursday 13 February 2020"
        february.purpose = .assurance
        let text = ComparisonText.plain(ReviewComparison(from: try review(paper: january), to: try review(paper: february)),
                                        old: "a", new: "b")
        XCTAssertEqual(text, """
            Changed paper's cover sheet "the paper's cover sheet"
                Meeting date: "Thursday 9 January 2020" -> "Thursday 13 February 2020"
                Purpose: For decision -> For assurance

            """)
        let added = ReviewComparison(from: try review(paper: nil), to: try review(paper: january)).changes
        XCTAssertEqual(added.map { "\($0.kind) \($0.part)" }, ["added paper"])
    }

    func testDifferentFieldsMergeAndTheSameFieldChangedTwiceIsAConflictKeptInTheFile() throws {
        let base = try review(paper: january)
        var ours = base, theirs = base
        ours.paper?.meetingDate = "Thursday 13 February 2020"
        ours.paper?.purpose = .approval
        theirs.paper?.sponsor = "Director of Strategy"
        theirs.paper?.purpose = .information
        let merged = ReviewMerge.merge(base: base, ours: ours, theirs: theirs)
        XCTAssertEqual(merged.paper?.meetingDate, "Thursday 13 February 2020")
        XCTAssertEqual(merged.paper?.sponsor, "Director of Strategy")
        XCTAssertEqual(merged.conflicts.map { "\($0.part) \($0.field ?? "-")" }, ["paper purpose"])
        XCTAssertEqual(merged.describe(merged.conflicts[0])?.ours, "For approval")
        let reloaded = try ReviewCodec.decode(ReviewCodec.encode(merged)).review
        XCTAssertEqual(reloaded.conflicts, merged.conflicts, "the conflict round-trips through the file")
        var resolved = reloaded
        resolved.resolveConflict(at: 0, choosing: .theirs)
        XCTAssertEqual(resolved.paper?.purpose, .information)
        XCTAssertEqual(resolved.paper?.meetingDate, "Thursday 13 February 2020")
    }

    func testACoverSheetAddedOnOneSideIsKept() throws {
        let base = try review(paper: nil)
        var theirs = base
        theirs.paper = january
        XCTAssertEqual(ReviewMerge.merge(base: base, ours: base, theirs: theirs).paper, january)
        XCTAssertEqual(ReviewMerge.merge(base: base, ours: theirs, theirs: base).paper, january)
    }
}
