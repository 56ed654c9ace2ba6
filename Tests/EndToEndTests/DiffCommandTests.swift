import Foundation
import ReviewModel
import ReviewStore
import XCTest

/// `merger-review diff`: output and exit codes as diff(1) has them.
final class DiffCommandTests: XCTestCase {
    func testAFileComparedWithItselfExitsZeroAndPrintsNothing() throws {
        let file = BinaryRunner.fixture("coventry-warwickshire")
        let result = try BinaryRunner.run(["diff", file, file])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertEqual(result.output, "")
        XCTAssertEqual(result.errors, "")
    }

    func testAChangedCopyExitsOneAndNamesTheChange() throws {
        let (directory, path) = try BinaryRunner.copyOfFixture("coventry-warwickshire")
        var review = try ReviewStore().load(path).review
        let index = try XCTUnwrap(review.mergerTests.firstIndex { $0.id == "test-clinical-leadership" })
        review.mergerTests[index].rag = .green
        let changed = "\(directory)/changed.json.bak"
        try ReviewStore().save(review, to: changed)
        let result = try BinaryRunner.run(["diff", path, changed])
        XCTAssertEqual(result.status, 1, result.errors)
        XCTAssertEqual(result.output, "Changed merger test \"IV. Clinical leadership\"\n    RAG: Unrated -> Green\n")
        let markdown = try BinaryRunner.run(["diff", "--format", "markdown", path, changed])
        XCTAssertEqual(markdown.status, 1, markdown.errors)
        XCTAssertTrue(markdown.output.contains("- Changed merger test **IV. Clinical leadership**: RAG Unrated → Green"), markdown.output)
    }

    func testDifferentProgrammesAreSaidToBeSoOnOneLine() throws {
        let result = try BinaryRunner.run(["diff", BinaryRunner.fixture("north-west-london"), BinaryRunner.fixture("coventry-warwickshire")])
        XCTAssertEqual(result.status, 1, result.errors)
        XCTAssertTrue(result.output.contains("are reviews of different programmes"), result.output)
        XCTAssertEqual(result.output.split(separator: "\n").count, 1, result.output)
    }

    func testAnInvalidOrMissingReviewIsTroubleNotADifference() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let invalid = "\(directory)/invalid.json"
        try "{\"schemaVersion\": 1, \"programme\": {\"name\": 1, \"asOf\": \"2019-02-30\"}, \"milestones\": 3}\n"
            .write(toFile: invalid, atomically: true, encoding: .utf8)
        let file = BinaryRunner.fixture("coventry-warwickshire")
        let result = try BinaryRunner.run(["diff", file, invalid])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.errors.contains("invalid.json"), result.errors)
        XCTAssertEqual(result.output, "")
        let missing = try BinaryRunner.run(["diff", "\(directory)/missing.json", file])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.errors.contains("missing.json: cannot read"), missing.errors)
    }
}
