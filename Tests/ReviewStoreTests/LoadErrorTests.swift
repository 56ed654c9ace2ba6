import Foundation
import XCTest
import ReviewModel
@testable import ReviewStore

final class LoadErrorTests: XCTestCase {
    private func decodeError(_ text: String) -> ReviewLoadError? {
        do {
            _ = try ReviewCodec.decode(Array(text.utf8), path: "r.json")
            return nil
        } catch {
            return error
        }
    }

    func testSyntaxErrorsGiveLineAndColumn() throws {
        let error = try XCTUnwrap(decodeError("{\n  \"schemaVersion\": 1,\n  \"programme\": {,\n}"))
        guard case .syntax(_, let syntax) = error else { return XCTFail("\(error)") }
        XCTAssertEqual(syntax.line, 3)
        XCTAssertEqual(syntax.column, 17)
        XCTAssertEqual(error.exitCode, 2)
        XCTAssertEqual(error.lines, ["r.json: line 3, column 17: not valid JSON: expected a field name in double quotes, found ','"])
    }

    func testTruncatedFileIsASyntaxError() throws {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: FixturePaths.path("coventry-warwickshire"))), as: UTF8.self)
        let error = try XCTUnwrap(decodeError(String(text.prefix(text.count / 2))))
        guard case .syntax(_, let syntax) = error else { return XCTFail("\(error)") }
        XCTAssertTrue(syntax.message.contains("truncated") || syntax.message.contains("ends"), syntax.message)
        XCTAssertEqual(error.exitCode, 2)
    }

    func testColumnsCountCharactersNotBytes() throws {
        let error = try XCTUnwrap(decodeError("{\"£✓\": x}"))
        guard case .syntax(_, let syntax) = error else { return XCTFail("\(error)") }
        XCTAssertEqual(syntax.column, 8)
    }

    func testWrongTypesGiveOneLinePerProblemWithPathAndLine() throws {
        let text = """
        {
          "schemaVersion": 1,
          "programme": {"name": 5, "asOf": "2019-11-31", "places": [{"id": "p", "name": "P", "pcns": "seven"}]},
          "milestones": [{"id": "m", "title": "T", "date": "2020-13", "status": "finished"}],
          "mergerTests": {},
          "colour": "blue"
        }
        """
        let error = try XCTUnwrap(decodeError(text))
        XCTAssertEqual(error.exitCode, 1)
        let lines = error.lines
        XCTAssertTrue(lines.contains("r.json: line 3: $.programme.name: expected text in double quotes, found a number"), "\(lines)")
        XCTAssertTrue(lines.contains { $0.contains("$.programme.asOf: 2019-11-31 is not a real date: November 2019 has 30 days") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.contains("$.programme.places[0].pcns: expected a whole number, found \"seven\"") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.contains("line 4: $.milestones[0].date: 2020-13 is not a real month") && $0.contains("a quarter as 2020-Q2") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.contains("$.milestones[0].status: expected one of \"planned\"") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.contains("$.mergerTests: expected a list, found an object") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.contains("line 6: $.colour: unknown field \"colour\"") }, "\(lines)")
    }

    func testSchemaVersionPolicy() throws {
        let next = Review.currentSchemaVersion + 1
        let newer = try XCTUnwrap(decodeError("{\"schemaVersion\": \(next), \"programme\": {}}"))
        XCTAssertEqual(newer.exitCode, 2)
        XCTAssertTrue(newer.lines[0].contains("schemaVersion \(next) is newer"), newer.lines[0])
        let missing = try XCTUnwrap(decodeError("{\"programme\": {}}"))
        XCTAssertEqual(missing.exitCode, 1)
        XCTAssertTrue(missing.lines[0].contains("$.schemaVersion: is missing"), missing.lines[0])
    }

    func testModelValidationErrorsCarryTheirLine() throws {
        let text = """
        {
          "schemaVersion": 1,
          "programme": {"name": "x", "asOf": "2020-01-01"},
          "actions": [
            {"id": "a", "title": "t", "linkedItemId": "missing"}
          ]
        }
        """
        let error = try XCTUnwrap(decodeError(text))
        XCTAssertEqual(error.exitCode, 1)
        XCTAssertTrue(error.lines.contains { $0.hasPrefix("r.json: line 5: $.actions[0].linkedItemId: refers to item \"missing\"") }, "\(error.lines)")
    }

    func testUnreadableInputs() throws {
        let directory = try FixturePaths.temporaryDirectory()
        let store = ReviewStore()
        for (path, expected) in [(directory, "directory"), ("\(directory)/missing.json", "no such file")] {
            do {
                _ = try store.load(path)
                XCTFail("loaded \(path)")
            } catch {
                XCTAssertEqual(error.exitCode, 2)
                XCTAssertTrue(error.lines[0].contains(expected), error.lines[0])
            }
        }
        let fifo = "\(directory)/pipe.json"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        XCTAssertThrowsError(try store.load(fifo)) { error in
            XCTAssertTrue("\(error)".contains("not a regular file"))
        }
    }
}
