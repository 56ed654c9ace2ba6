import ReviewModel
import ReviewStore
import XCTest

/// Two copies of one file (a shared drive's "conflicted copy") merged from their last common
/// save, which their history entries find: each save records the content hash of what it
/// wrote and the ids it changed.
final class CopyMergeTests: XCTestCase {
    /// What a save by the app records (`AuditTrail`): the change lines, the ids, and the hash.
    private func saved(_ review: Review, after previous: Review, by user: String, at time: String) -> Review {
        let record = ReviewDiff.record(from: previous, to: review)
        var result = review
        result.history.append(HistoryEntry(at: time, user: user, changes: record.changes,
                                           contentHash: ReviewCodec.contentHash(of: review).description,
                                           changedIds: record.changedIds))
        return result
    }

    private func hash(_ review: Review) -> String { ReviewCodec.contentHash(of: review).description }

    /// The file both copies were saved from last, and one copy edited on each of two machines.
    private func copies(ours editOurs: (inout Review) throws -> Void,
                        theirs editTheirs: (inout Review) throws -> Void) throws -> (common: Review, ours: Review, theirs: Review) {
        let fixture = try ReviewStore().load(FixturePaths.path("coventry-warwickshire")).review
        var edited = fixture
        edited.programme.source += " (transcribed)"
        let common = saved(edited, after: fixture, by: "alice", at: "2026-11-20T09:00:00Z")
        var ours = common, theirs = common
        try editOurs(&ours)
        try editTheirs(&theirs)
        return (common, saved(ours, after: common, by: "alice", at: "2026-11-23T10:00:00Z"),
                saved(theirs, after: common, by: "bob", at: "2026-11-23T10:05:00Z"))
    }

    private func index(_ review: Review, test id: String) throws -> Int { try XCTUnwrap(review.mergerTests.firstIndex { $0.id == id }) }

    func testEachSaveRecordsTheIdsItChangedAndTheHashOfWhatItWrote() throws {
        let (common, ours, _) = try copies(ours: { review in
            review.mergerTests[try self.index(review, test: "test-cost-savings")].rag = .red
            review.budgets.runningCostTarget = nil
        }, theirs: { _ in })
        let entry = try XCTUnwrap(ours.history.last)
        XCTAssertEqual(entry.changedIds, ["test-cost-savings", "budgets"])
        XCTAssertEqual(entry.contentHash, hash(ours))
        XCTAssertNotEqual(entry.contentHash, common.history.last?.contentHash)
        let reloaded = try ReviewCodec.decode(ReviewCodec.encode(ours)).review
        XCTAssertEqual(reloaded.history, ours.history, "the entry's hash and ids round-trip")
        XCTAssertEqual(hash(reloaded), entry.contentHash, "the hash does not depend on the history it is written in")
    }

    func testChangesToDifferentItemsSinceTheCommonSaveMergeWithoutConflicts() throws {
        let (_, ours, theirs) = try copies(ours: { review in
            review.mergerTests[try self.index(review, test: "test-cost-savings")].rag = .red
            review.actions.append(Action(id: "act-new", title: "Circulate the revised timetable", owner: "Board Secretary"))
        }, theirs: { review in
            review.mergerTests[try self.index(review, test: "test-community-engagement")].notes = "Engagement report received"
            review.milestones.remove(at: 0)
        })
        let common = try XCTUnwrap(CommonSave.find(ours: ours, ourContentHash: hash(ours), theirs: theirs, theirContentHash: hash(theirs)))
        XCTAssertEqual(common.entry.user, "alice")
        XCTAssertEqual(common.changedByOurs, ["test-cost-savings", "act-new"])
        XCTAssertEqual(common.changedByTheirs, ["test-community-engagement", ours.milestones[0].id])
        let merged = ReviewMerge.merge(base: .commonSave(common), ours: ours, theirs: theirs)
        XCTAssertEqual(merged.conflicts, [])
        XCTAssertEqual(merged.mergerTests[try index(merged, test: "test-cost-savings")].rag, .red)
        XCTAssertEqual(merged.mergerTests[try index(merged, test: "test-community-engagement")].notes, "Engagement report received")
        XCTAssertEqual(merged.milestones.map(\.id), theirs.milestones.map(\.id), "theirs removed a milestone ours left alone")
        XCTAssertEqual(merged.actions.last?.id, "act-new")
        // Without the common save, each differing field would be a conflict.
        XCTAssertFalse(ReviewMerge.merge(base: nil, ours: ours, theirs: theirs).conflicts.isEmpty)
    }

    func testTheSameItemChangedOnBothSidesIsAConflictFieldByFieldAndRemovedAgainstChangedIsOne() throws {
        let (_, ours, theirs) = try copies(ours: { review in
            let test = try self.index(review, test: "test-cost-savings")
            review.mergerTests[test].rag = .red
            review.mergerTests[test].owner = "Chief Finance Officer"
            review.milestones.remove(at: review.milestones.count - 1)
        }, theirs: { review in
            review.mergerTests[try self.index(review, test: "test-cost-savings")].rag = .green
            review.milestones[review.milestones.count - 1].notes = "Moved to January"
        })
        let common = try XCTUnwrap(CommonSave.find(ours: ours, ourContentHash: hash(ours), theirs: theirs, theirContentHash: hash(theirs)))
        let merged = ReviewMerge.merge(base: .commonSave(common), ours: ours, theirs: theirs)
        let lastMilestone = try XCTUnwrap(theirs.milestones.last?.id)
        XCTAssertEqual(merged.conflicts.map { "\($0.part) \($0.itemId) \($0.field ?? "-")" },
                       ["milestones \(lastMilestone) -", "mergerTests test-cost-savings rag", "mergerTests test-cost-savings owner"])
        XCTAssertEqual(merged.mergerTests[try index(merged, test: "test-cost-savings")].rag, .red, "ours until resolved")
    }

    func testWithoutACommonSaveOrWithAnEditTheHistoryDoesNotAccountForThereIsNoneToUse() throws {
        let (_, ours, theirs) = try copies(ours: { $0.programme.name += " (draft)" }, theirs: { $0.programme.system += " ICS" })
        XCTAssertNotNil(CommonSave.find(ours: ours, ourContentHash: hash(ours), theirs: theirs, theirContentHash: hash(theirs)))
        // Edited by hand after its last save: its history no longer says what changed.
        var handEdited = theirs
        handEdited.programme.summary = "Edited outside merger-review"
        XCTAssertNil(CommonSave.find(ours: ours, ourContentHash: hash(ours), theirs: handEdited, theirContentHash: hash(handEdited)))
        // Histories with no entry in common.
        var unrelated = theirs
        unrelated.history = [HistoryEntry(at: "2026-01-01T00:00:00Z", user: "carol", changes: ["Created"],
                                          contentHash: hash(theirs), changedIds: [])]
        XCTAssertNil(CommonSave.find(ours: ours, ourContentHash: hash(ours), theirs: unrelated, theirContentHash: hash(unrelated)))
        // An entry written before saves recorded their ids.
        var older = theirs
        older.history[older.history.count - 1].changedIds = nil
        XCTAssertNil(CommonSave.find(ours: ours, ourContentHash: hash(ours), theirs: older, theirContentHash: hash(older)))
        // Then every field that differs is a conflict.
        let merged = ReviewMerge.merge(base: .unknown, ours: ours, theirs: handEdited)
        XCTAssertEqual(merged.conflicts.map { $0.field ?? "-" }, ["name", "system", "summary"])
    }

    func testTheMergedHistoryKeepsBothSidesEntriesInTimeOrderAfterTheSharedOnes() {
        func entry(_ at: String, _ user: String) -> HistoryEntry { HistoryEntry(at: at, user: user, changes: ["Changed \(user) \(at)"]) }
        let shared = [entry("2026-11-01T09:00:00Z", "alice"), entry("2026-11-02T09:00:00Z", "bob")]
        var ours = HistoryOnly.review(history: shared + [entry("2026-11-03T09:00:00Z", "alice"), entry("2026-11-05T09:00:00Z", "alice")])
        let theirs = HistoryOnly.review(history: shared + [entry("2026-11-04T09:00:00Z", "bob")])
        var merged = ReviewMerge.merge(base: .unknown, ours: ours, theirs: theirs)
        XCTAssertEqual(merged.history.map(\.at), ["2026-11-01T09:00:00Z", "2026-11-02T09:00:00Z", "2026-11-03T09:00:00Z",
                                                  "2026-11-04T09:00:00Z", "2026-11-05T09:00:00Z"])
        XCTAssertEqual(ReviewMerge.merge(base: .unknown, ours: theirs, theirs: ours).history, merged.history, "either way round")
        // Merging again adds nothing twice.
        ours.history = merged.history
        merged = ReviewMerge.merge(base: .unknown, ours: ours, theirs: theirs)
        XCTAssertEqual(merged.history, ours.history)
    }
}

/// A small review holding only a history.
private enum HistoryOnly {
    static func review(history: [HistoryEntry]) -> Review {
        Review(programme: Programme(name: "P", system: "S", asOf: CalendarDate(dayNumber: 18_000)), history: history)
    }
}
