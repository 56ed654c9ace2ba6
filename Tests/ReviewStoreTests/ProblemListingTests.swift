import Foundation
import XCTest
import ReviewGenerator
import ReviewModel
@testable import ReviewStore

/// Many problems of one kind: every one counted and located, at most twenty of each kind
/// listed, and (in the benchmark, not here) found in time linear in the file.
final class ProblemListingTests: XCTestCase {
    /// A generated review whose actions after the first all reuse the first action's id.
    private func reviewWithDuplicateIds(_ count: Int) -> [UInt8] {
        var review = ReviewGenerator.generate(items: count * 8)
        let first = review.actions[0].id
        let linked = Set(review.actions.map(\.id))
        for i in 1...count { review.actions[i].id = first }
        // Nothing may refer to the ids that are gone: only the duplicates are wrong.
        for i in review.actions.indices where review.actions[i].linkedItemId.map(linked.contains) == true {
            review.actions[i].linkedItemId = nil
        }
        return ReviewCodec.encode(review)
    }

    func testThousandsOfDuplicateIdsAreCountedLocatedAndListedTwentyOfAKind() throws {
        let bytes = reviewWithDuplicateIds(2_000)
        XCTAssertThrowsError(try ReviewCodec.decode(bytes, path: "big.json")) { error in
            guard let error = error as? ReviewLoadError, case .invalid(_, let problems) = error else { return XCTFail("\(error)") }
            let duplicates = problems.filter { $0.issue.message.hasPrefix("duplicate id") }
            XCTAssertEqual(duplicates.count, 2_000)
            // Each located on the line of its own id.
            let text = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            for problem in duplicates.prefix(50) + duplicates.suffix(50) {
                let line = try? XCTUnwrap(problem.line)
                XCTAssertTrue(line.map { text[$0 - 1].contains("\"id\"") } ?? false, "\(problem)")
            }
            XCTAssertEqual(Set(duplicates.compactMap(\.line)).count, 2_000, "each on its own line")
            let lines = error.lines
            XCTAssertEqual(lines.filter { $0.contains("duplicate id") }.count, 20)
            XCTAssertTrue(lines.contains("big.json: $.actions[…]: and 1,980 more of the same kind"), "\(lines.suffix(3))")
            XCTAssertEqual(lines.last, "big.json: $: 2,000 problems in all, at most 20 of each kind listed")
        }
    }

    func testThousandsOfUnknownFieldsInOneObjectAreAllReported() throws {
        var text = String(decoding: ReviewCodec.encode(ReviewGenerator.generate(items: 100)), as: UTF8.self)
        guard let start = text.range(of: "\"milestones\": [\n    {") else { return XCTFail("no milestones") }
        text.insert(contentsOf: (0..<5_000).map { "\"x\($0)\": \($0), " }.joined(), at: start.upperBound)
        XCTAssertThrowsError(try ReviewCodec.decode(Array(text.utf8), path: "r.json")) { error in
            guard let error = error as? ReviewLoadError, case .invalid(_, let problems) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(problems.count, 5_000)
            XCTAssertTrue(problems.allSatisfy { $0.issue.message.hasPrefix("unknown field") })
            XCTAssertEqual(Set(problems.map(\.issue.path)).count, 5_000)
            XCTAssertEqual(error.lines.count, 22)
            XCTAssertEqual(error.lines[20], "r.json: $.milestones[…]: and 4,980 more of the same kind")
        }
    }

    func testAFewProblemsAreListedInFullWithoutATotal() {
        let problems = (0..<3).map { LocatedIssue(ValidationIssue(.error, "$.actions[\($0)].id", "duplicate id \"a\""), line: $0 + 2) }
        XCTAssertEqual(ProblemListing.lines(problems, file: "f"), [
            "f: line 2: $.actions[0].id: duplicate id \"a\"", "f: line 3: $.actions[1].id: duplicate id \"a\"",
            "f: line 4: $.actions[2].id: duplicate id \"a\"",
        ])
    }

    func testKindsAreCappedSeparatelyAndKeepTheirOrder() {
        let missing = (0..<25).map { LocatedIssue(ValidationIssue(.error, "$.milestones[\($0)].date", "is missing; add \"date\""), line: nil) }
        let wrong = (0..<3).map { LocatedIssue(ValidationIssue(.error, "$.actions[\($0)].status", "expected one of \"open\", found \"x\($0)\""), line: nil) }
        let lines = ProblemListing.lines(missing + wrong, file: "f")
        XCTAssertEqual(lines.count, 20 + 1 + 3 + 1)
        XCTAssertEqual(lines[20], "f: $.milestones[…]: and 5 more of the same kind")
        XCTAssertEqual(lines[21], "f: $.actions[0].status: expected one of \"open\", found \"x0\"")
    }

    func testPathsAreLocatedTogetherInOnePass() throws {
        let text = """
        {"a": [
          {"b": 1},
          {"b": 2,
           "c": [10,
                 20]}
        ],
         "d": {"e": "x"}}
        """
        let document = try RawDocument(Array(text.utf8))
        let paths = ["$.a[1].c[1]", "$.a[0].b", "$.d.e", "$.d.missing", "$.a[9]", "$", "$.a[1]", "$.a[1].c[0]", "weird"]
        XCTAssertEqual(JSONPathLookup.lines(of: paths, in: document), [5, 2, 7, 7, 1, 1, 3, 4, 1])
        XCTAssertEqual(JSONPathLookup.lines(of: ["$.a[1].b"], in: document).first, 3)
    }
}
