import Foundation
import XCTest
import ReviewGenerator
import ReviewModel
@testable import ReviewStore

/// Saving writes the text in parts as it is encoded: the file must still be byte for byte what
/// `ReviewCodec.encode` gives, the reported hash that of those bytes, and a failure part way
/// through must leave the original alone.
final class StreamedSaveTests: XCTestCase {
    private func contents(_ path: String) -> [UInt8]? { FileManager.default.contents(atPath: path).map(Array.init) }

    func testAReviewOfManyPartsIsWrittenExactlyAndItsHashReported() throws {
        let directory = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = "\(directory)/review.json"
        let review = ReviewGenerator.generate(items: 2_000, seed: 3)
        let expected = ReviewCodec.encode(review)
        XCTAssertGreaterThan(expected.count, 4 << 16, "several 64 KB parts")
        let saved = try ReviewStore().save(review, adding: nil, to: path)
        XCTAssertEqual(contents(path), expected)
        XCTAssertEqual(saved.contentHash, ContentHash(of: expected))
        XCTAssertEqual(saved.fingerprint?.size, expected.count)
    }

    func testASaveAddingAHistoryEntryWritesItWithTheHashOfTheReviewWithoutHistory() throws {
        let directory = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = "\(directory)/review.json"
        var review = ReviewGenerator.generate(items: 2_000, seed: 3)
        let earlier = HistoryEntry(at: "2026-11-23T10:00:00Z", user: "alice", changes: ["Created"], contentHash: "0123456789abcdef")
        let entry = HistoryEntry(at: "2026-11-23T11:00:00Z", user: "bob", changes: ["Changed milestone \"A\": date"], changedIds: ["m-1"])
        // One earlier entry, and a history longer than a 64 KB part.
        for count in [1, 2_000] {
            review.history = Array(repeating: earlier, count: count)
            let saved = try ReviewStore().save(review, adding: entry, to: path)
            var expected = review
            var recorded = entry
            recorded.contentHash = ReviewCodec.contentHash(of: review).description
            expected.history.append(recorded)
            XCTAssertEqual(saved.review, expected)
            let bytes = try XCTUnwrap(contents(path))
            XCTAssertEqual(bytes, ReviewCodec.encode(expected))
            XCTAssertEqual(saved.contentHash, ContentHash(of: bytes))
            XCTAssertEqual(saved.fingerprint?.size, bytes.count)
        }
    }

    func testPartsOfAnySizeJoinToTheWholeText() {
        let review = ReviewGenerator.generate(items: 300, seed: 5)
        let whole = ReviewCodec.encode(review)
        for size in [1, 100, 4_096, 1 << 16, Int.max / 2] {
            var joined: [UInt8] = []
            var parts = 0
            var hasher = ContentHash.Hasher()
            ReviewWriter.write(review, chunkSize: size) { part in
                XCTAssertFalse(part.isEmpty)
                joined += part
                hasher.combine(part)
                parts += 1
            }
            XCTAssertEqual(joined, whole, "parts of \(size)")
            XCTAssertEqual(hasher.hash, ContentHash(of: whole))
            if size == 4_096 { XCTAssertGreaterThan(parts, whole.count / 8_192) }
        }
    }

    /// With a history entry too: the text goes to the file in parts (a third write is reached),
    /// never held whole and written at once.
    func testAFailureInALaterPartLeavesTheOriginalAndNoTemporaryFile() throws {
        let directory = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = "\(directory)/review.json"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data("original\n".utf8)))
        let review = ReviewGenerator.generate(items: 2_000, seed: 3)
        let entry = HistoryEntry(at: "2026-11-23T11:00:00Z", user: "bob", changes: ["Changed milestone \"A\": date"])
        for adding in [nil, entry] {
            let store = ReviewStore(fileSystem: FailingLaterWrites(failingFrom: 3))
            XCTAssertThrowsError(try store.save(review, adding: adding, to: path)) { error in
                XCTAssertTrue("\(error)".contains("the disk is full"), "\(error)")
            }
            XCTAssertEqual(contents(path), Array("original\n".utf8))
            let entries = try FileManager.default.contentsOfDirectory(atPath: directory)
            XCTAssertEqual(entries, ["review.json"])
        }
    }
}

/// Writes the first parts, then reports a full disk.
private final class FailingLaterWrites: FileSystem, @unchecked Sendable {
    let real = PosixFileSystem()
    let failingFrom: Int
    private var writes = 0

    init(failingFrom: Int) { self.failingFrom = failingFrom }

    func status(_ path: String) throws(FileSystemError) -> FileStatus? { try real.status(path) }
    func resolveLinks(_ path: String) -> String { real.resolveLinks(path) }
    func readAll(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] { try real.readAll(path, limit: limit) }
    func createExclusive(_ path: String) throws(FileSystemError) -> Int32 { try real.createExclusive(path) }
    func write(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws(FileSystemError) {
        writes += 1
        if writes >= failingFrom { throw FileSystemError(operation: "write", path: path, code: ENOSPC) }
        try real.write(descriptor, bytes, path: path)
    }
    func setMode(_ descriptor: Int32, _ mode: UInt32, path: String) throws(FileSystemError) { try real.setMode(descriptor, mode, path: path) }
    func sync(_ descriptor: Int32, path: String) throws(FileSystemError) { try real.sync(descriptor, path: path) }
    func close(_ descriptor: Int32, path: String) throws(FileSystemError) { try real.close(descriptor, path: path) }
    func rename(_ from: String, to: String) throws(FileSystemError) { try real.rename(from, to: to) }
    func link(_ existing: String, as newPath: String) throws(FileSystemError) { try real.link(existing, as: newPath) }
    func remove(_ path: String) { real.remove(path) }
    func syncDirectory(_ path: String) throws(FileSystemError) { try real.syncDirectory(path) }
}
