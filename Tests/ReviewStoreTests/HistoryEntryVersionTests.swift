import ReviewModel
import ReviewStore
import XCTest

/// History entries from schema version 5 record the content hash of what a save wrote and
/// the ids it changed; entries written before (version 4 and earlier) load without them.
final class HistoryEntryVersionTests: XCTestCase {
    private let entryWithout = """
        {"at": "2026-11-20T09:00:00Z", "changes": ["Changed merger test \\"Cost savings\\": rag"], "user": "alice"}
        """

    private func file(version: Int, history: String) throws -> [UInt8] {
        let text = try String(contentsOfFile: FixturePaths.path("coventry-warwickshire"), encoding: .utf8)
        XCTAssertTrue(text.contains("  \"history\": [],\n"))
        let replaced = text.replacingOccurrences(of: "  \"history\": [],\n", with: "  \"history\": [\(history)],\n")
            .replacingOccurrences(of: "\"schemaVersion\": \(Review.currentSchemaVersion)", with: "\"schemaVersion\": \(version)")
        return Array(replaced.utf8)
    }

    func testAVersionFourFilesEntriesLoadWithoutHashOrIdsAndSaveAsTheCurrentVersion() throws {
        let loaded = try ReviewCodec.decode(try file(version: 4, history: entryWithout)).review
        XCTAssertEqual(loaded.history, [HistoryEntry(at: "2026-11-20T09:00:00Z", user: "alice",
                                                     changes: ["Changed merger test \"Cost savings\": rag"])])
        let saved = String(decoding: ReviewCodec.encode(loaded), as: UTF8.self)
        XCTAssertTrue(saved.contains("\"schemaVersion\": \(Review.currentSchemaVersion)"))
        XCTAssertFalse(saved.contains("contentHash"), "nothing is invented for an entry that did not record it")
        XCTAssertEqual(try ReviewCodec.decode(Array(saved.utf8)).review, loaded)
    }

    func testEncodingWithANewEntryGivesTheFileAnyEncodingGivesAndTheHashOfItsContent() throws {
        for name in FixturePaths.names {
            var review = try ReviewStore().load(FixturePaths.path(name)).review
            review.history.append(HistoryEntry(at: "2026-11-20T09:00:00Z", user: "carol", changes: ["Changed x"],
                                               contentHash: "0123456789abcdef", changedIds: ["x"]))
            let (bytes, recorded) = ReviewCodec.encode(review, adding: HistoryEntry(at: "2026-11-23T10:00:00Z", user: "alice",
                                                                                    changes: ["Merged"], changedIds: []))
            XCTAssertEqual(recorded.history.count, review.history.count + 1, name)
            XCTAssertEqual(recorded.history.last?.contentHash, ReviewCodec.contentHash(of: review).description, name)
            XCTAssertEqual(bytes, ReviewCodec.encode(recorded), name)
        }
    }

    func testTheHashAndIdsRoundTripAndABadHashIsAnErrorWithItsPath() throws {
        let entry = """
            {"at": "2026-11-20T09:00:00Z", "changedIds": ["test-cost-savings", "budgets"], "changes": ["x"], \
            "contentHash": "00ff00ff00ff00ff", "user": "alice"}
            """
        let loaded = try ReviewCodec.decode(try file(version: 5, history: entry)).review
        XCTAssertEqual(loaded.history.first?.changedIds, ["test-cost-savings", "budgets"])
        XCTAssertEqual(loaded.history.first?.contentHash, "00ff00ff00ff00ff")
        XCTAssertEqual(try ReviewCodec.decode(ReviewCodec.encode(loaded)).review, loaded)
        let bad = entry.replacingOccurrences(of: "00ff00ff00ff00ff", with: "not-a-hash")
        XCTAssertThrowsError(try ReviewCodec.decode(try file(version: 5, history: bad))) { error in
            XCTAssertTrue(String(describing: error).contains("$.history[0].contentHash: expected sixteen hex digits"), "\(error)")
        }
    }
}
