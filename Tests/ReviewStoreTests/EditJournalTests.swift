import Foundation
import XCTest
import ReviewModel
import ReviewGenerator
import FakeFileSystem
@testable import ReviewStore

/// The edit journal's records: each edit replayed exactly, and every prefix of a journal (as a
/// crash can leave it) recovers exactly the records that are complete in it.
final class EditJournalTests: XCTestCase {
    private let review = ReviewGenerator.generate(items: 2_000, seed: 7)

    /// A sequence of reviews, each one edit after the last, of every kind an edit can be.
    private func editedVersions() -> [Review] {
        var versions = [review]
        func edit(_ change: (inout Review) -> Void) {
            var next = versions[versions.count - 1]
            change(&next)
            versions.append(next)
        }
        edit { $0.milestones[3].title = "Board decides" }
        edit { $0.actions.insert(Action(id: "act-new", title: "New action"), at: 17) }
        edit { $0.mergerTests.remove(at: 1) }
        edit { $0.programme.name = "Renamed programme" }
        edit { $0.history.append(HistoryEntry(at: "2026-11-23T10:00:00Z", user: "alice", changes: ["Changed x"])) }
        edit { $0.milestones.swapAt(10, 11) }
        edit { $0.milestones[$0.milestones.count - 1].title = "Last one" }
        edit { $0.actions.removeAll() }
        edit { $0.budgets.lines[$0.budgets.lines.count / 2].notes = "Checked" }
        edit { $0.appraisal.recommendation = "Option B" }
        edit { $0.programme.places.append(Place(id: "place-new", name: "New place")) }
        edit { _ in }
        return versions
    }

    private func header(base: ContentHash? = ContentHash(value: 42)) -> [UInt8] {
        EditJournal.headerBytes(JournalHeader(base: base, user: "alice", host: "ward", pid: 7, started: "2026-11-23T09:00:00Z"))
    }

    private func editRecord(_ old: Review, _ new: Review, _ count: Int) -> [UInt8] {
        EditJournal.recordBytes(.edit(JournalEdit(at: "2026-11-23T09:0\(count % 10):00Z", changeCount: count, patch: ReviewPatch.between(old, new))))
    }

    func testEveryKindOfEditIsReplayedExactlyFromItsText() throws {
        let versions = editedVersions()
        for (old, new) in zip(versions, versions.dropFirst()) {
            let patch = ReviewPatch.between(old, new)
            XCTAssertEqual(patch.applied(to: old), new)
            let decoded = try XCTUnwrap(ReviewPatch.decode(patch.encoded()[...]))
            XCTAssertEqual(decoded.applied(to: old), new)
        }
        XCTAssertEqual(ReviewPatch.between(review, review).splices, [:], "no change, no splice")
    }

    func testAnEditOfOneItemInALargeReviewRecordsThatItemOnly() throws {
        let large = ReviewGenerator.generate(items: 100_000, seed: 3)
        var edited = large
        edited.milestones[large.milestones.count / 2].title = "Edited"
        let record = EditJournal.recordBytes(.edit(JournalEdit(at: "", changeCount: 1, patch: ReviewPatch.between(large, edited))))
        XCTAssertLessThan(record.count, 8_192, "the record holds the changed milestone, not the review")
        let patch = ReviewPatch.between(large, edited)
        XCTAssertEqual(patch.splices, [.milestones: ListSplice(at: large.milestones.count / 2, removing: 1, inserting: 1)])
        XCTAssertEqual(patch.applied(to: large), edited)
    }

    func testAPatchThatDoesNotFitItsBaseIsRefused() {
        var edited = review
        edited.actions.removeLast(5)
        var other = review
        other.actions.removeAll()
        XCTAssertNil(ReviewPatch.between(review, edited).applied(to: other))
    }

    /// The journal cut at every record boundary and at 200 offsets spread across all the records:
    /// each prefix reads back as exactly the records complete in it, and replays to the review
    /// after that many edits.
    func testEveryPrefixRecoversExactlyTheCompleteRecords() throws {
        let versions = editedVersions()
        var bytes = header()
        var ends: [Int] = []
        for (index, pair) in zip(versions, versions.dropFirst()).enumerated() {
            bytes += editRecord(pair.0, pair.1, index + 1)
            ends.append(bytes.count)
        }
        bytes += EditJournal.recordBytes(.draft(JournalDraft(at: "2026-11-23T09:59:00Z", text: "Title: Board dec")))
        ends.append(bytes.count)
        let headerLength = header().count
        func check(_ cut: Int, file: StaticString = #filePath, line: UInt = #line) throws {
            let contents = try EditJournal.read(Array(bytes.prefix(cut)))
            let complete = ends.filter { $0 <= cut }.count
            XCTAssertEqual(contents.records.count, complete, "cut at \(cut)", file: file, line: line)
            XCTAssertEqual(contents.ignoredTailBytes, cut - (ends.last { $0 <= cut } ?? headerLength), "cut at \(cut)", file: file, line: line)
            let edits = min(complete, versions.count - 1)
            XCTAssertEqual(EditJournal.replay(contents, onto: review), versions[edits], "cut at \(cut)", file: file, line: line)
            XCTAssertEqual(contents.openDraft != nil, complete == ends.count, "cut at \(cut)", file: file, line: line)
        }
        for cut in [headerLength] + ends { try check(cut) }
        let span = bytes.count - headerLength
        for i in 0..<200 {
            try check(headerLength + 1 + (i * (span - 1)) / 200)
        }
    }

    func testADamagedRecordEndsTheJournalThere() throws {
        let versions = editedVersions()
        var bytes = header()
        var starts: [Int] = []
        for (index, pair) in zip(versions, versions.dropFirst()).enumerated() {
            starts.append(bytes.count)
            bytes += editRecord(pair.0, pair.1, index + 1)
        }
        for (index, start) in starts.enumerated() {
            var damaged = bytes
            damaged[start + 40] ^= 0x20
            XCTAssertEqual(try EditJournal.read(damaged).records.count, index, "damage in record \(index + 1)")
        }
    }

    func testTheHeaderNamesTheBaseAndWhoseEditsTheyAre() throws {
        let contents = try EditJournal.read(header(base: ContentHash(value: 0xabc)))
        XCTAssertEqual(contents.header, JournalHeader(base: ContentHash(value: 0xabc), user: "alice", host: "ward", pid: 7,
                                                      started: "2026-11-23T09:00:00Z"))
        XCTAssertEqual(contents.records, [])
        XCTAssertThrowsError(try EditJournal.read(Array("{\"schemaVersion\": 1}".utf8)))
        XCTAssertNil(try EditJournal.read(Array(header().prefix(30))).header, "cut inside the header: nothing to recover")
    }

    // MARK: - Crashes through the fake file system

    /// Appends ten records through the fake file system, crashing after the Nth call that changes
    /// the disk, for every N: after the crash (unsynced writes dropped) the journal holds every
    /// record whose append returned, in order, and at most the one being written when it crashed.
    func testACrashAtEveryStepKeepsEveryAcknowledgedRecord() throws {
        let versions = editedVersions()
        let records = zip(versions, versions.dropFirst()).enumerated().map { editRecord($0.element.0, $0.element.1, $0.offset + 1) }
        let path = "/reviews/review.json.recovery"
        var steps = 0
        var crashPoint = 0
        repeat {
            let fileSystem = FakeFileSystem()
            fileSystem.crashAfter(crashPoint)
            let journal = JournalAppender(path: path, fileSystem: fileSystem, syncsInBackground: false)
            var acknowledged = 0
            do {
                try journal.start(header() + records[0])
                acknowledged = 1
                for record in records.dropFirst() {
                    try journal.append(record)
                    acknowledged += 1
                }
            } catch {}
            let crashed = fileSystem.hasCrashed
            if !crashed { steps = fileSystem.log.count }
            fileSystem.crash()
            let survived = try fileSystem.contents(path).map { try EditJournal.read($0).records.count } ?? 0
            XCTAssertTrue(survived == acknowledged || survived == acknowledged + 1,
                          "crash after \(crashPoint) steps: \(survived) records survived, \(acknowledged) acknowledged")
            if let bytes = fileSystem.contents(path) {
                let contents = try EditJournal.read(bytes)
                XCTAssertEqual(EditJournal.replay(contents, onto: review), versions[contents.records.count])
            }
            crashPoint += 1
            if !crashed { break }
        } while true
        XCTAssertGreaterThan(steps, records.count * 2, "every append writes and syncs")
    }

    /// The fake file system keeps only what was synced: a journal that appended without `fsync`
    /// would lose its records, which is what the test above would catch.
    func testTheFakeFileSystemDropsWhatWasNotSynced() throws {
        let fileSystem = FakeFileSystem()
        let path = "/reviews/review.json.recovery"
        let journal = JournalAppender(path: path, fileSystem: fileSystem, syncsInBackground: false)
        try journal.start(header())
        let descriptor = try fileSystem.openForAppending(path)
        try fileSystem.write(descriptor, Array("edit 5 0000000000000000\n".utf8), path: path)
        fileSystem.crash()
        XCTAssertEqual(fileSystem.contents(path), header(), "the unsynced write is gone; the synced header stays")
    }

    /// A save crashed after each of its steps leaves the old file or the new one, whole.
    func testASaveInterruptedAtEachStepLeavesTheOldOrTheNewFile() throws {
        let old = StandardTests.blankReview(name: "old", asOf: CalendarDate(dayNumber: 18_000))
        let new = ReviewGenerator.generate(items: 3_000, seed: 5)
        let path = "/reviews/review.json"
        var crashPoint = 0
        var sawOld = false, sawNew = false
        while true {
            let fileSystem = FakeFileSystem()
            fileSystem.install(ReviewCodec.encode(old), at: path)
            fileSystem.crashAfter(crashPoint)
            let finished = (try? ReviewStore(fileSystem: fileSystem).save(new, to: path)) != nil
            fileSystem.crash()
            let loaded = try ReviewStore(fileSystem: fileSystem).load(path).review
            XCTAssertTrue(loaded == old || loaded == new, "crash after \(crashPoint) steps: a torn file")
            if loaded == old { sawOld = true } else { sawNew = true }
            if finished {
                XCTAssertEqual(loaded, new, "a save that returned is durable")
                break
            }
            crashPoint += 1
        }
        XCTAssertTrue(sawOld && sawNew)
        XCTAssertGreaterThan(crashPoint, 5)
    }
}
