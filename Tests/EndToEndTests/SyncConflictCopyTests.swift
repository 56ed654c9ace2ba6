import Foundation
import ReviewModel
import ReviewStore
import XCTest

/// `merger-review merge OURS THEIRS` on a shared drive's "conflicted copy": the two files'
/// history finds their last common save, so what only one side changed since merges; without
/// a common save every field that differs is a conflict.
final class SyncConflictCopyTests: XCTestCase {
    private var directory = ""
    private var ours: String { "\(directory)/review.json" }
    private var theirs: String { "\(directory)/review (Bob's conflicted copy 2026-11-23).json" }
    private var merged: String { "\(directory)/merged.json" }

    /// Saves `review` as the app does after an edit: a history entry with the lines, the ids
    /// and the content hash.
    private func save(_ review: Review, after previous: Review, by user: String, at time: String, to path: String) throws {
        let record = ReviewDiff.record(from: previous, to: review)
        var recorded = review
        recorded.history.append(HistoryEntry(at: time, user: user, changes: record.changes,
                                             contentHash: ReviewCodec.contentHash(of: review).description,
                                             changedIds: record.changedIds))
        try ReviewStore().save(recorded, to: path)
    }

    /// The shared file as last saved, then Alice's and Bob's saves of it on two machines.
    private func makeCopies() throws {
        directory = try BinaryRunner.temporaryDirectory()
        let fixture = try ReviewStore().load(BinaryRunner.fixture("lancashire-south-cumbria")).review
        var shared = fixture
        shared.programme.source += " (transcribed)"
        try save(shared, after: fixture, by: "carol", at: "2026-11-20T09:00:00Z", to: ours)
        let common = try ReviewStore().load(ours).review

        var alice = common
        let test = try XCTUnwrap(alice.mergerTests.firstIndex { $0.id == "test-savings" })
        alice.mergerTests[test].rag = .amber
        try save(alice, after: common, by: "alice", at: "2026-11-23T10:00:00Z", to: ours)

        var bob = common
        bob.milestones.append(Milestone(id: "ms-shadow-board", title: "Shadow governing body first meets",
                                        date: .day(try XCTUnwrap(CalendarDate(year: 2019, month: 10, day: 1)))))
        try save(bob, after: common, by: "bob", at: "2026-11-23T10:05:00Z", to: theirs)
    }

    func testCopiesWithACommonSaveMergeCleanlyAndTheAuditTrailJoinsUp() throws {
        try makeCopies()
        let result = try BinaryRunner.run(["merge", ours, theirs, "-o", merged])
        XCTAssertEqual(result.status, 0, result.errors)
        let review = try ReviewStore().load(merged).review
        XCTAssertEqual(review.conflicts, [])
        XCTAssertEqual(review.mergerTests.first { $0.id == "test-savings" }?.rag, .amber, "Alice's change")
        XCTAssertEqual(review.milestones.last?.id, "ms-shadow-board", "Bob's change")
        XCTAssertEqual(review.history.map(\.user).suffix(4), ["carol", "alice", "bob", ProcessIdentity.loginName()])
        let entry = try XCTUnwrap(review.history.last)
        XCTAssertEqual(entry.changes, ["Merged \(theirs) into \(ours) from their last common save (2026-11-20T09:00:00Z by carol)"])
        XCTAssertEqual(entry.contentHash, ReviewCodec.contentHash(of: review).description, "the merge records what it wrote")
        let strict = try BinaryRunner.run(["validate", "--strict", merged])
        XCTAssertEqual(strict.status, 0, strict.output + strict.errors)
    }

    func testCopiesWithoutACommonSaveHaveEveryDifferingFieldAsAConflict() throws {
        try makeCopies()
        // Edited by hand after Alice's save: her history no longer says what changed.
        var edited = try ReviewStore().load(ours).review
        edited.programme.name += " (draft)"
        try ReviewStore().save(edited, to: ours)
        let result = try BinaryRunner.run(["merge", ours, theirs, "-o", merged])
        XCTAssertEqual(result.status, 1, result.errors)
        XCTAssertTrue(result.errors.contains("have no save in common that their history can vouch for"), result.errors)
        let review = try ReviewStore().load(merged).review
        XCTAssertEqual(review.conflicts.map { "\($0.part) \($0.itemId) \($0.field ?? "-")" },
                       ["programme programme name", "mergerTests test-savings rag"])
        XCTAssertEqual(review.milestones.last?.id, "ms-shadow-board", "an item on one side only is kept")
        XCTAssertTrue(result.errors.contains("2 conflicts left in \(merged)"), result.errors)
    }
}
