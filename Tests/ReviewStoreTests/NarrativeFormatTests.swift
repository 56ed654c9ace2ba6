import Foundation
import XCTest
import ReviewModel
@testable import ReviewStore

/// A paper the fixtures have never seen (three CCGs consulting on merging, 2019), written by
/// hand from docs/file-format.md: its narrative, figures, engagement and package of proposals.
final class NarrativeFormatTests: XCTestCase {
    static let engagementPaper = """
    {
      "schemaVersion": \(Review.currentSchemaVersion),
      "programme": {
        "name": "Three CCGs: proposal to merge", "asOf": "2019-11-13",
        "summary": "Three CCGs ask the public about becoming one.",
        "principles": ["Decisions made as locally as possible", "One voice for the system"],
        "places": [{"id": "p", "name": "North"}],
        "keyFigures": [
          {"id": "f-pcns", "label": "Primary Care Networks", "value": 45, "unit": "count", "source": "Page 2"},
          {"id": "f-pop", "label": "Population", "value": 100, "unit": "people", "source": "Table 1",
           "parts": [{"label": "North", "value": 60}, {"label": "South", "value": 41}]}
        ],
        "engagement": {
          "period": {"label": "By the end of the year", "when": "by 2019"},
          "audiences": ["Patients", "Staff"], "questions": ["Do you agree?"],
          "howToRespond": "Online survey", "responsesReceived": 120, "findings": "Most agreed."
        }
      },
      "milestones": [
        {"id": "m1", "title": "Joint working begins", "status": "done", "date": "2013"},
        {"id": "m2", "title": "Joint committee", "status": "inProgress", "date": {"label": "Since 2016", "when": "since 2016"}},
        {"id": "m3", "title": "Decision", "status": "planned", "date": {"label": "Date not given"}}
      ],
      "appraisal": {"kind": "package", "options": [
        {"id": "o1", "title": "One CCG", "outcome": "Adopted"},
        {"id": "o2", "title": "One accountable officer", "outcome": "Adopted"}
      ]},
      "budgets": {"statedTotals": [
        {"id": "st", "label": "Primary Care Networks", "measure": "pcns", "scope": "places", "value": 45, "source": "Page 2"}
      ]}
    }
    """

    func testAHandWrittenPaperLoadsWithItsNarrativeAndOnlyTheRealMismatchWarns() throws {
        let loaded = try ReviewCodec.decode(Array(Self.engagementPaper.utf8), path: "paper.json")
        let review = loaded.review
        let warnings = loaded.warnings
        XCTAssertEqual(review.programme.principles.count, 2)
        XCTAssertEqual(review.programme.keyFigures.first?.formattedValue, "45")
        XCTAssertEqual(review.programme.engagement?.period?.display, "By the end of the year")
        XCTAssertEqual(review.programme.engagement?.responsesReceived, 120)
        XCTAssertEqual(review.appraisal.kind, .package)
        XCTAssertEqual(review.appraisal.options.map(\.outcome), ["Adopted", "Adopted"])
        XCTAssertEqual(ReviewSummary(review).preferredOptionText, "none: the proposals are a package, adopted together")
        // "45 PCNs" without parts is a fact; only the population whose parts say 101 warns, naming both numbers.
        XCTAssertEqual(warnings.map(\.issue.message), ["Population: the paper states 100 people (Table 1) but its parts sum to 101 people"])
        let written = ReviewCodec.encode(review)
        XCTAssertEqual(try ReviewCodec.decode(written, path: "paper.json").review, review)
    }

    func testAPackageHasNoPreferredOption() throws {
        var review = try ReviewCodec.decode(Array(Self.engagementPaper.utf8), path: "paper.json").review
        review.appraisal.preferredOptionId = "o1"
        XCTAssertTrue(Validation.errors(in: review).contains { $0.path == "$.appraisal.preferredOptionId" && $0.message.contains("adopted together") })
    }

    func testTheBoardPaperSaysWhatTheStatedTotalsTableSays() throws {
        let review = try ReviewCodec.decode(Array(Self.engagementPaper.utf8), path: "paper.json").review
        let markdown = BoardPaper.markdown(review, today: review.programme.asOf)
        XCTAssertFalse(markdown.contains("Every stated total agrees"), markdown)
        XCTAssertTrue(markdown.contains("Of 1 stated total: 1 is stated without parts to check."), markdown)
        XCTAssertTrue(markdown.contains("## Engagement"), markdown)
        XCTAssertTrue(markdown.contains("Responses received: 120"), markdown)
        XCTAssertTrue(markdown.contains("NO: its parts sum to 101 people"), markdown)
    }

    /// The worked example in docs/file-format.md's "Transcribing a paper" loads without a problem.
    func testTheDocumentedWorkedExampleLoads() throws {
        let text = try String(contentsOf: FixturePaths.repository.appendingPathComponent("docs/file-format.md"), encoding: .utf8)
        let section = try XCTUnwrap(text.range(of: "## Transcribing a paper"))
        let start = try XCTUnwrap(text.range(of: "```json\n", range: section.upperBound..<text.endIndex))
        let end = try XCTUnwrap(text.range(of: "```", range: start.upperBound..<text.endIndex))
        let loaded = try ReviewCodec.decode(Array(text[start.upperBound..<end.lowerBound].utf8), path: "example.json")
        XCTAssertEqual(loaded.warnings, [])
        XCTAssertEqual(loaded.review.milestones.map(\.date.heading), ["2016", "Undated"])
        XCTAssertEqual(loaded.review.appraisal.kind, .package)
    }
}
