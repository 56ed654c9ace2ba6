import Foundation
import XCTest
import ReviewModel
@testable import ReviewStore

final class RecoveryJournalTests: XCTestCase {
    private var directory = ""
    private var path: String { "\(directory)/review.json" }

    override func setUpWithError() throws {
        directory = try FixturePaths.temporaryDirectory()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: directory)
    }

    private func review(_ name: String) -> Review {
        StandardTests.blankReview(name: name, asOf: CalendarDate(dayNumber: 18_000))
    }

    private func entries() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }

    func testNothingPendingWithoutAFile() {
        let journal = RecoveryJournal(reviewPath: path)
        XCTAssertNil(journal.pending())
        guard case .none = journal.inspect() else { return XCTFail("\(journal.inspect())") }
        XCTAssertEqual(journal.recoveryPath, path + ".recovery")
    }

    func testRecordsTheLatestStateWithCountsTimesAndBase() throws {
        let base = ContentHash(of: Array("the file as loaded".utf8))
        var journal = RecoveryJournal(reviewPath: path, base: base)
        try journal.record(review: review("first"), changeCount: 1, at: "2020-01-30T09:00:00Z")
        try journal.record(review: review("second"), changeCount: 2, at: "2020-01-30T09:05:00Z")
        let info = try XCTUnwrap(RecoveryJournal(reviewPath: path).pending(), "a fresh journal (a new session) finds it")
        XCTAssertEqual(info.review, review("second"))
        XCTAssertEqual(info.changeCount, 2)
        XCTAssertEqual(info.firstChangeAt, "2020-01-30T09:00:00Z")
        XCTAssertEqual(info.lastChangeAt, "2020-01-30T09:05:00Z")
        XCTAssertEqual(info.base, base)
        XCTAssertEqual(info.pid, getpid())
        XCTAssertEqual(info.user, ProcessIdentity.loginName())
        XCTAssertEqual(entries(), ["review.json.recovery"], "no temporary file and no backup")
        XCTAssertEqual(try XCTUnwrap(try PosixFileSystem().status(journal.recoveryPath)).mode, 0o600)
    }

    func testTheReviewInsideIsExactlyWhatASaveWouldWrite() throws {
        var journal = RecoveryJournal(reviewPath: path)
        let fixture = try ReviewStore().load(FixturePaths.path("coventry-warwickshire")).review
        try journal.record(review: fixture, changeCount: 3, at: "2020-01-30T09:00:00Z")
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: journal.recoveryPath)))
        XCTAssertTrue(bytes.starts(with: Array("merger-review recovery 1\n".utf8)))
        let separator = try XCTUnwrap((1..<bytes.count).first { bytes[$0] == 0x0A && bytes[$0 - 1] == 0x0A })
        XCTAssertEqual(Array(bytes[(separator + 1)...]), ReviewCodec.encode(fixture), "sed '1,/^$/d' rescues the review")
        XCTAssertEqual(journal.pending()?.review, fixture)
    }

    func testAnEditInProgressThatDoesNotYetValidateIsStillRecovered() throws {
        var unfinished = review("x")
        unfinished.actions = [Action(id: "a", title: "Chase", linkedItemId: "not-yet-created")]
        XCTAssertFalse(Validation.errors(in: unfinished).isEmpty, "the premise: this does not validate")
        var journal = RecoveryJournal(reviewPath: path)
        try journal.record(review: unfinished, changeCount: 1, at: "2020-01-30T09:00:00Z")
        XCTAssertEqual(journal.pending()?.review, unfinished)
    }

    func testDiscardRemovesTheFileAndStartsAFreshFirstChangeTime() throws {
        var journal = RecoveryJournal(reviewPath: path)
        try journal.record(review: review("a"), changeCount: 1, at: "2020-01-30T09:00:00Z")
        journal.discard()
        XCTAssertNil(journal.pending())
        XCTAssertNil(journal.firstChangeAt)
        XCTAssertEqual(entries(), [])
        try journal.record(review: review("b"), changeCount: 1, at: "2020-01-30T10:00:00Z")
        XCTAssertEqual(journal.pending()?.firstChangeAt, "2020-01-30T10:00:00Z")
        journal.discard()
        journal.discard()  // nothing to remove: harmless
    }

    func testResumingARecoveredSessionKeepsItsFirstChangeTimeAndBase() throws {
        var old = RecoveryJournal(reviewPath: path, base: ContentHash(value: 42))
        try old.record(review: review("a"), changeCount: 4, at: "2020-01-29T16:00:00Z")
        var journal = RecoveryJournal(reviewPath: path)
        let info = try XCTUnwrap(journal.pending())
        journal.resume(from: info)
        try journal.record(review: review("b"), changeCount: 5, at: "2020-01-30T09:00:00Z")
        let now = try XCTUnwrap(journal.pending())
        XCTAssertEqual(now.firstChangeAt, "2020-01-29T16:00:00Z")
        XCTAssertEqual(now.base, ContentHash(value: 42))
        XCTAssertEqual(now.changeCount, 5)
    }

    func testEveryTruncationAndAnyFlippedByteIsRefusedNotMisread() throws {
        var journal = RecoveryJournal(reviewPath: path)
        try journal.record(review: review("whole"), changeCount: 1, at: "2020-01-30T09:00:00Z")
        let whole = Array(try Data(contentsOf: URL(fileURLWithPath: journal.recoveryPath)))
        var cuts = Array(stride(from: 0, to: whole.count, by: max(1, whole.count / 300)))
        cuts += [whole.count - 1, whole.count - 2]
        for cut in cuts {
            XCTAssertThrowsError(try RecoveryJournal.decode(Array(whole.prefix(cut))), "cut at \(cut) of \(whole.count)")
        }
        for position in stride(from: 0, to: whole.count, by: max(1, whole.count / 200)) {
            var damaged = whole
            damaged[position] ^= 0x01
            if let info = try? RecoveryJournal.decode(damaged) {
                // A flip in a header value that is not checked (user, host, times) is allowed; the review must be intact.
                XCTAssertEqual(info.review, review("whole"), "flip at \(position)")
            }
        }
        // On disk, a damaged file is reported (for a warning) and pending() is nil.
        try Data(whole.prefix(whole.count / 2)).write(to: URL(fileURLWithPath: journal.recoveryPath))
        XCTAssertNil(journal.pending())
        guard case .unusable(let reason) = journal.inspect() else { return XCTFail("\(journal.inspect())") }
        XCTAssertTrue(reason.hasPrefix(journal.recoveryPath + ": "), reason)
        XCTAssertTrue(reason.contains("cut short"), reason)
    }

    func testHostileRecoveryFilesAreRefused() throws {
        let fixture = Array(ReviewCodec.encode(review("x")))
        func file(_ header: String, _ body: [UInt8]) -> [UInt8] { Array(header.utf8) + body }
        let checksum = ContentHash(of: fixture).description
        let cases: [(String, [UInt8])] = [
            ("empty", []),
            ("a review, not a recovery file", fixture),
            ("no end of header", Array("merger-review recovery 1\nlength=5".utf8)),
            ("wrong length", file("merger-review recovery 1\nchanges=1\nlength=5\nchecksum=\(checksum)\n\n", fixture)),
            ("bad checksum", file("merger-review recovery 1\nchanges=1\nlength=\(fixture.count)\nchecksum=0000000000000000\n\n", fixture)),
            ("negative changes", file("merger-review recovery 1\nchanges=-1\nlength=\(fixture.count)\nchecksum=\(checksum)\n\n", fixture)),
            ("header line without =", file("merger-review recovery 1\nchanges\nlength=\(fixture.count)\nchecksum=\(checksum)\n\n", fixture)),
            ("bad base", file("merger-review recovery 1\nbase=xyz\nchanges=1\nlength=\(fixture.count)\nchecksum=\(checksum)\n\n", fixture)),
            ("body not JSON", file("merger-review recovery 1\nchanges=1\nlength=3\nchecksum=\(ContentHash(of: Array("{{{".utf8)))\n\n", Array("{{{".utf8))),
        ]
        for (name, bytes) in cases {
            XCTAssertThrowsError(try RecoveryJournal.decode(bytes, path: "r.recovery"), name) { error in
                XCTAssertTrue("\(error)".hasPrefix("r.recovery: "), "\(name): \(error)")
            }
        }
        let good = file("merger-review recovery 1\nuser=a\u{1B}b\nchanges=7\nlength=\(fixture.count)\nchecksum=\(checksum)\n\n", fixture)
        let info = try RecoveryJournal.decode(good)
        XCTAssertEqual(info.changeCount, 7)
        XCTAssertEqual(info.user, "a?b", "no control characters from the file reach the screen")
    }

    func testAFailedRecordKeepsThePreviousStateAndLeavesNoTemporaryFile() throws {
        var journal = RecoveryJournal(reviewPath: path)
        try journal.record(review: review("kept"), changeCount: 1, at: "2020-01-30T09:00:00Z")
        for (operation, code) in [("write", ENOSPC), ("sync", EIO), ("rename", EACCES), ("create", EROFS)] {
            var failing = RecoveryJournal(reviewPath: path, fileSystem: FailingFileSystem(failing: operation, code: code))
            XCTAssertThrowsError(try failing.record(review: review("lost"), changeCount: 2, at: "2020-01-30T09:01:00Z")) { error in
                XCTAssertEqual((error as? FileSystemError)?.code, code, operation)
            }
            XCTAssertNil(failing.firstChangeAt, "\(operation): a failed record is not counted")
            XCTAssertEqual(journal.pending()?.review, review("kept"), operation)
            XCTAssertEqual(entries(), ["review.json.recovery"], operation)
        }
    }

    func testTheRecoveryFileSitsBesideTheFileASymlinkPointsAt() throws {
        try FileManager.default.createDirectory(atPath: "\(directory)/real", withIntermediateDirectories: true)
        try ReviewStore().save(review("x"), to: "\(directory)/real/review.json")
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "real/review.json")
        var journal = RecoveryJournal(reviewPath: path)
        XCTAssertEqual(journal.recoveryPath, "\(directory)/real/review.json.recovery")
        try journal.record(review: review("y"), changeCount: 1, at: "2020-01-30T09:00:00Z")
        XCTAssertEqual(RecoveryJournal(reviewPath: "\(directory)/real/review.json").pending()?.review, review("y"))
    }

    func testARecoveryPathThatIsADirectoryIsReportedNotCrashed() throws {
        try FileManager.default.createDirectory(atPath: path + ".recovery", withIntermediateDirectories: true)
        var journal = RecoveryJournal(reviewPath: path)
        guard case .unusable(let reason) = journal.inspect() else { return XCTFail("\(journal.inspect())") }
        XCTAssertTrue(reason.contains("not a regular file"), reason)
        XCTAssertThrowsError(try journal.record(review: review("x"), changeCount: 1, at: "2020-01-30T09:00:00Z"))
        XCTAssertFalse(entries().contains { $0.contains(".tmp-") }, "\(entries())")
    }
}

final class ExternalChangeTests: XCTestCase {
    private func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    private func setModified(_ path: String, seconds: Int) {
        var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
        XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0)
    }

    func testContentHashIsFNV1a64() {
        XCTAssertEqual(ContentHash(of: []).value, 0xcbf2_9ce4_8422_2325)
        XCTAssertEqual(ContentHash(of: Array("a".utf8)).value, 0xaf63_dc4c_8601_ec8c)
        XCTAssertEqual(ContentHash(of: Array("foobar".utf8)).value, 0x85944171f73967e8)
        XCTAssertEqual(ContentHash(of: Array("a".utf8)).description, "af63dc4c8601ec8c")
        XCTAssertEqual(ContentHash(hex: "af63dc4c8601ec8c"), ContentHash(of: Array("a".utf8)))
        XCTAssertNil(ContentHash(hex: "+f63dc4c8601ec8c"))
        XCTAssertNil(ContentHash(hex: "af63dc4c8601ec8"))
    }

    func testNoticesChangesButNotATouch() throws {
        let directory = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = "\(directory)/review.json"
        try ReviewStore().save(StandardTests.blankReview(name: "x", asOf: CalendarDate(dayNumber: 18_000)), to: path)
        setModified(path, seconds: 1_580_000_000)
        let loaded = try ReviewStore().load(path)
        let fingerprint = try XCTUnwrap(loaded.fingerprint)
        let hash = try XCTUnwrap(loaded.contentHash)
        XCTAssertEqual(hash, ContentHash(of: Array(try Data(contentsOf: URL(fileURLWithPath: path)))))
        XCTAssertEqual(ExternalChange.check(path: path, since: fingerprint, contentHash: hash), .unchanged)
        XCTAssertFalse(ExternalChange.hasChanged(path: path, since: fingerprint))

        // touch: the metadata differs, the bytes do not.
        setModified(path, seconds: 1_590_000_000)
        XCTAssertTrue(ExternalChange.hasChanged(path: path, since: fingerprint), "without a hash, metadata decides")
        XCTAssertFalse(ExternalChange.hasChanged(path: path, since: fingerprint, contentHash: hash))

        // Someone else saves the same bytes through a rename (new inode): still unchanged by content.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try DurableWriter(fileSystem: PosixFileSystem()).write(Array(bytes), to: path)
        XCTAssertNotEqual(ReviewStore().fingerprint(of: path)?.inode, fingerprint.inode)
        XCTAssertEqual(ExternalChange.check(path: path, since: fingerprint, contentHash: hash), .unchanged)

        // A real edit in place, same size: different bytes.
        var edited = Array(bytes)
        if let index = edited.firstIndex(of: UInt8(ascii: "x")) { edited[index] = UInt8(ascii: "y") }
        try Data(edited).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(ExternalChange.check(path: path, since: fingerprint, contentHash: hash), .modified)
        XCTAssertTrue(ExternalChange.hasChanged(path: path, since: fingerprint, contentHash: hash))

        // Gone, and replaced by a directory.
        try FileManager.default.removeItem(atPath: path)
        XCTAssertEqual(ExternalChange.check(path: path, since: fingerprint, contentHash: hash), .removed)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        guard case .unreadable = ExternalChange.check(path: path, since: fingerprint, contentHash: hash) else {
            return XCTFail("a directory is not the review")
        }
    }

    func testOurOwnSaveGivesTheFingerprintToCompareWith() throws {
        let directory = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = "\(directory)/review.json"
        let review = StandardTests.blankReview(name: "x", asOf: CalendarDate(dayNumber: 18_000))
        let fingerprint = try XCTUnwrap(try ReviewStore().save(review, to: path))
        XCTAssertFalse(ExternalChange.hasChanged(path: path, since: fingerprint, contentHash: ContentHash(of: ReviewCodec.encode(review))))
        try write("{}", to: path)
        XCTAssertTrue(ExternalChange.hasChanged(path: path, since: fingerprint, contentHash: ContentHash(of: ReviewCodec.encode(review))))
    }
}
