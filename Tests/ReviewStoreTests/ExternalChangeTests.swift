import Foundation
import XCTest
import ReviewModel
@testable import ReviewStore

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
        XCTAssertNotEqual((try? PosixFileSystem().status(path)).flatMap { $0 }.map(FileFingerprint.init)?.inode, fingerprint.inode)
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
