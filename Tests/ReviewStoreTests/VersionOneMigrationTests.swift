import Foundation
import XCTest
import ReviewModel
@testable import ReviewStore

/// Version-1 files (the four fixtures as they were, kept in VersionOne/) load with the same
/// meaning, and docs/file-format.md says what every one of their labels becomes.
final class VersionOneMigrationTests: XCTestCase {
    static let versionOneDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("VersionOne")

    private func versionOnePath(_ name: String) -> String { Self.versionOneDirectory.appendingPathComponent("\(name).json").path }

    /// Every `{label, sortsAs}` in the version-1 fixtures.
    private func versionOneLabels() throws -> [(label: String, sortsAs: String)] {
        var found: [(String, String)] = []
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                if let label = object["label"] as? String, let sorts = object["sortsAs"] as? String {
                    found.append((label, sorts))
                } else {
                    object.values.forEach(walk)
                }
            } else if let list = value as? [Any] {
                list.forEach(walk)
            }
        }
        for name in FixturePaths.names {
            walk(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: versionOnePath(name)))))
        }
        return found
    }

    /// The rows of the table in docs/file-format.md: label, sortsAs, new `when`.
    private func documentedTable() throws -> [(label: String, sortsAs: String, when: String)] {
        let text = try String(contentsOf: FixturePaths.repository.appendingPathComponent("docs/file-format.md"), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let start = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("| version-1 label |") }, "the table is missing")
        var rows: [(String, String, String)] = []
        for line in lines[(start + 2)...] {
            guard line.hasPrefix("|") else { break }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "`")) }
            XCTAssertEqual(cells.count, 3, line)
            if cells.count == 3 { rows.append((cells[0], cells[1], cells[2])) }
        }
        return rows
    }

    func testTheDocumentedTableIsWhatMigrationDoesForEveryFixtureLabel() throws {
        let table = try documentedTable()
        for row in table {
            let sorts = try XCTUnwrap(CalendarDate.parseISO(row.sortsAs), row.sortsAs)
            let migrated = VersionOneDate.migrate(label: row.label, sortsAs: sorts)
            XCTAssertEqual(migrated.fileText, row.when, row.label)
            XCTAssertEqual(migrated.label, row.label, "the paper's words are kept")
        }
        for (label, sorts) in try versionOneLabels() {
            XCTAssertTrue(table.contains { $0.label == label && $0.sortsAs == sorts }, "docs/file-format.md lacks \(label) (\(sorts))")
        }
    }

    func testEveryVersionOneFixtureLoadsAndWritesAsVersionTwo() throws {
        for name in FixturePaths.names {
            let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: versionOnePath(name))))
            XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains("\"schemaVersion\": 1"), name)
            let review = try ReviewCodec.decode(bytes, path: name).review
            let written = ReviewCodec.encode(review)
            let text = String(decoding: written, as: UTF8.self)
            XCTAssertTrue(text.contains("\"schemaVersion\": \(Review.currentSchemaVersion)"), name)
            XCTAssertFalse(text.contains("\"sortsAs\":"), name)
            XCTAssertEqual(try ReviewCodec.decode(written, path: name).review, review, "\(name) reads back the same")
        }
    }

    func testCoventryDeliverableFor2019To20IsNoLongerOverdue() throws {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: versionOnePath("coventry-warwickshire"))))
        let review = try ReviewCodec.decode(bytes).review
        let deliverable = try XCTUnwrap(review.milestones.first { $0.date.label == "2019/20 (no date given)" })
        XCTAssertEqual(deliverable.date.fileText, "2019/20")
        XCTAssertEqual(review.overdueMilestones.count, 0, "the 2019/20 deliverable was overdue at 22 May 2019 in version 1")
    }

    func testAMissingStatusIsAnErrorFromVersionTwoNamingTheAllowedValues() throws {
        func load(version: Int) -> Result<Review, ReviewLoadError> {
            let text = """
            {"schemaVersion": \(version), "programme": {"name": "x", "asOf": "2020-01-01"},
             "milestones": [{"id": "m", "title": "Vote", "date": "2020-04"}]}
            """
            do { return .success(try ReviewCodec.decode(Array(text.utf8), path: "r.json").review) } catch { return .failure(error) }
        }
        guard case .success(let old) = load(version: 1) else { return XCTFail("version 1 took a default status") }
        XCTAssertEqual(old.milestones[0].status, .planned)
        guard case .failure(let error) = load(version: Review.currentSchemaVersion) else { return XCTFail("a missing status was accepted") }
        XCTAssertEqual(error.exitCode, 1)
        XCTAssertTrue(error.lines.contains {
            $0.contains("$.milestones[0].status: is missing; add \"status\": one of \"planned\", \"inProgress\", \"done\", \"atRisk\", \"cancelled\"")
        }, "\(error.lines)")
    }

    func testLabelledDatesReadAndWriteInEveryForm() throws {
        let text = """
        {"schemaVersion": \(Review.currentSchemaVersion), "programme": {"name": "x", "asOf": "2019-05-22"},
         "milestones": [
          {"id": "a", "title": "A", "status": "planned", "date": {"label": "Autumn 2019", "when": "2019-09 to 2019-11"}},
          {"id": "b", "title": "B", "status": "planned", "date": {"label": "Date not given"}},
          {"id": "c", "title": "C", "status": "planned", "date": "2013"},
          {"id": "d", "title": "D", "status": "planned", "date": "Q2 2020"},
          {"id": "e", "title": "E", "status": "planned", "date": "30/09/2020"},
          {"id": "f", "title": "F", "status": "planned", "date": "TBC"}
         ]}
        """
        let review = try ReviewCodec.decode(Array(text.utf8), path: "r.json").review
        XCTAssertEqual(review.milestones.map(\.date.display),
                       ["Autumn 2019", "Date not given", "2013", "Q2 2020", "30 Sep 2020", "Date not given"])
        let written = String(decoding: ReviewCodec.encode(review), as: UTF8.self)
        for form in ["\"when\": \"2019-09 to 2019-11\"", "\"when\": \"undated\"", "\"date\": \"2013\"", "\"date\": \"2020-Q2\"",
                     "\"date\": \"2020-09-30\"", "\"date\": \"undated\""] {
            XCTAssertTrue(written.contains(form), "\(form) in \(written)")
        }
        guard case .failure(let error) = Result(catching: { try ReviewCodec.decode(Array(text.replacingOccurrences(of: "Q2 2020", with: "2019-Q5").utf8), path: "r.json") }) else {
            return XCTFail("2019-Q5 was accepted")
        }
        XCTAssertTrue("\(error)".contains("quarters run from Q1") || (error as? ReviewLoadError)?.lines.contains { $0.contains("quarters run from Q1") } == true)
    }
}
