import ReviewModel
@testable import ReviewStore
import XCTest

/// The `conflicts` section: written, read back unchanged, warned about, and the version
/// it came with.
final class ConflictSectionTests: XCTestCase {
    /// Coventry & Warwickshire merged from two sides that disagree on a test's RAG, and where
    /// one side removed a budget line the other changed.
    private func mergedWithConflicts() throws -> Review {
        let base = try ReviewStore().load(FixturePaths.path("coventry-warwickshire")).review
        var ours = base, theirs = base
        let test = try XCTUnwrap(base.mergerTests.firstIndex { $0.id == "test-cost-savings" })
        ours.mergerTests[test].rag = .red
        theirs.mergerTests[test].rag = .green
        let line = try XCTUnwrap(base.budgets.lines.firstIndex { $0.id == "b-cr-prog" })
        ours.budgets.lines[line].amount = Money(millions: 650)
        theirs.budgets.lines.remove(at: line)
        ours.programme.name += " (draft)"
        theirs.programme.name += " (final)"
        return ReviewMerge.merge(base: base, ours: ours, theirs: theirs)
    }

    func testConflictsRoundTripThroughTheFile() throws {
        let merged = try mergedWithConflicts()
        XCTAssertEqual(merged.conflicts.map { "\($0.part) \($0.itemId) \($0.field ?? "-")" },
                       ["programme programme name", "mergerTests test-cost-savings rag", "lines b-cr-prog -"])
        let bytes = ReviewCodec.encode(merged)
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.contains("\"conflicts\": ["), "the section is written")
        XCTAssertTrue(text.contains("\"schemaVersion\": \(Review.currentSchemaVersion)"))
        let loaded = try ReviewCodec.decode(bytes)
        XCTAssertEqual(loaded.review, merged)
        XCTAssertEqual(ReviewCodec.encode(loaded.review), bytes, "byte-identical round trip")
    }

    func testEachConflictIsAWarningSoStrictValidationFailsUntilResolved() throws {
        var merged = try mergedWithConflicts()
        let warnings = try ReviewCodec.decode(ReviewCodec.encode(merged)).warnings.filter { $0.issue.path.hasPrefix("$.conflicts") }
        XCTAssertEqual(warnings.count, 3)
        XCTAssertTrue(warnings[1].issue.message.hasPrefix(
            "merge conflict on the RAG of merger test \"VIII. Cost savings\": ours Red, theirs Green"), warnings[1].issue.message)
        merged.resolveConflict(at: 1, choosing: .theirs)
        XCTAssertEqual(merged.mergerTests.first { $0.id == "test-cost-savings" }?.rag, .green)
        merged.resolveConflict(at: 1, choosing: .theirs)
        XCTAssertNil(merged.budgets.lines.first { $0.id == "b-cr-prog" }, "theirs removed the line")
        merged.resolveConflict(at: 0, choosing: .ours)
        XCTAssertEqual(merged.conflicts, [])
        XCTAssertTrue(try ReviewCodec.decode(ReviewCodec.encode(merged)).warnings.filter { $0.issue.path.hasPrefix("$.conflicts") }.isEmpty)
        XCTAssertFalse(String(decoding: ReviewCodec.encode(merged), as: UTF8.self).contains("\"conflicts\""))
    }

    func testAVersionTwoFileReadsAsTheCurrentVersionWithoutConflicts() throws {
        let current = try String(contentsOfFile: FixturePaths.path("lancashire-south-cumbria"), encoding: .utf8)
        let versionTwo = current.replacingOccurrences(of: "\"schemaVersion\": \(Review.currentSchemaVersion)", with: "\"schemaVersion\": 2")
        XCTAssertNotEqual(versionTwo, current)
        let loaded = try ReviewCodec.decode(Array(versionTwo.utf8))
        XCTAssertEqual(loaded.review, try ReviewStore().load(FixturePaths.path("lancashire-south-cumbria")).review)
        XCTAssertEqual(loaded.review.conflicts, [])
        XCTAssertEqual(String(decoding: ReviewCodec.encode(loaded.review), as: UTF8.self), current, "saved in the current version")
    }

    func testAConflictNamingAnUnknownPartIsAnErrorWithItsPath() throws {
        let text = try String(contentsOfFile: FixturePaths.path("north-west-london"), encoding: .utf8)
            .replacingOccurrences(of: "  \"history\": [", with: "  \"conflicts\": [{\"id\": \"x\", \"part\": \"minutes\"}],\n  \"history\": [")
        XCTAssertThrowsError(try ReviewCodec.decode(Array(text.utf8))) { error in
            XCTAssertTrue(String(describing: error).contains("$.conflicts[0].part: \"minutes\" is not a part of a review"), "\(error)")
        }
    }
}
