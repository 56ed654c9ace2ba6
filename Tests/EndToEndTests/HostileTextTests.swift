import Foundation
import XCTest

/// Text from a file never drives the terminal: names, titles and values holding escape
/// sequences (a window title, a terminal reset, CSI, BEL, DEL) reach standard output and
/// standard error only in a visible form; a report written to a file keeps them as they are.
final class HostileTextTests: XCTestCase {
    /// Retitles the window, rings the bell, resets the terminal, clears it by a C1 CSI, then DEL.
    static let hostile = "Evil\u{1B}]0;PWNED\u{7}\u{1B}c\u{9B}2J\u{7F}\u{85}name\u{8}\u{0}"

    /// The Coventry & Warwickshire fixture with hostile text in the programme's name, the first
    /// merger test's title and the first milestone's title (and, when `badStatus`, its status).
    private func hostileReview(badStatus: Bool = false) throws -> (directory: String, path: String) {
        let (directory, path) = try BinaryRunner.copyOfFixture("coventry-warwickshire")
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard var root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              var programme = root["programme"] as? [String: Any],
              var tests = root["mergerTests"] as? [[String: Any]], !tests.isEmpty,
              var milestones = root["milestones"] as? [[String: Any]], !milestones.isEmpty else {
            throw XCTSkip("the fixture's shape changed")
        }
        programme["name"] = Self.hostile
        tests[0]["title"] = "Test " + Self.hostile
        milestones[0]["title"] = "Milestone " + Self.hostile
        if badStatus { milestones[0]["status"] = "done" + Self.hostile }
        root["programme"] = programme
        root["mergerTests"] = tests
        root["milestones"] = milestones
        try JSONSerialization.data(withJSONObject: root, options: [.sortedKeys]).write(to: URL(fileURLWithPath: path))
        return (directory, path)
    }

    /// No byte below 0x20 but the newline and the tab, no DEL, no C1 control.
    private func assertNoControlCharacters(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let bad = text.unicodeScalars.filter { scalar in
            (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
        }
        XCTAssertTrue(bad.isEmpty, "\(what): control characters reach the terminal: \(bad.map { String($0.value, radix: 16) })",
                      file: file, line: line)
    }

    func testSummaryShowsHostileNamesVisibly() throws {
        let (directory, path) = try hostileReview()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try BinaryRunner.run(["summary", path])
        XCTAssertEqual(result.status, 0, result.errors)
        assertNoControlCharacters(result.output, "summary")
        assertNoControlCharacters(result.errors, "summary (standard error)")
        XCTAssertTrue(result.output.contains("Evil^[]0;PWNED^G^[c\\u009b2J^?\\u0085name^H^@"), result.output)
    }

    func testMarkdownReportToStandardOutputShowsHostileTextVisiblyAndTheFileKeepsIt() throws {
        let (directory, path) = try hostileReview()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try BinaryRunner.run(["report", path])
        XCTAssertEqual(result.status, 0, result.errors)
        assertNoControlCharacters(result.output, "report")
        XCTAssertTrue(result.output.contains("Evil^[\\]0;PWNED^G^[c\\u009b2J^?"), "the name is shown, visibly (Markdown escapes the ])")
        XCTAssertTrue(result.output.contains("\n"), "the report keeps its lines")

        let out = "\(directory)/paper.md"
        let written = try BinaryRunner.run(["report", path, "--out", out])
        XCTAssertEqual(written.status, 0, written.errors)
        assertNoControlCharacters(written.output, "report --out")
        let file = try String(contentsOfFile: out, encoding: .utf8)
        XCTAssertTrue(file.contains("Evil\u{1B}\\]0;PWNED\u{7}\u{1B}c\u{9B}2J\u{7F}"), "a file written with --out keeps the text as it is")
    }

    func testValidateEchoesHostileValuesVisibly() throws {
        let (directory, path) = try hostileReview(badStatus: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try BinaryRunner.run(["validate", path])
        XCTAssertEqual(result.status, 1)
        assertNoControlCharacters(result.output, "validate")
        assertNoControlCharacters(result.errors, "validate (standard error)")
        XCTAssertTrue(result.errors.contains("$.milestones[0].status: expected one of"), result.errors)
        XCTAssertTrue(result.errors.contains("\"doneEvil^[]0;PWNED^G"), result.errors)

        let (cleanDirectory, cleanPath) = try hostileReview()
        defer { try? FileManager.default.removeItem(atPath: cleanDirectory) }
        let warnings = try BinaryRunner.run(["validate", cleanPath])
        XCTAssertEqual(warnings.status, 0, warnings.errors)
        assertNoControlCharacters(warnings.output, "validate (warnings)")
    }

    func testDiffShowsHostileValuesVisibly() throws {
        let (directory, path) = try hostileReview()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for format in ["text", "markdown"] {
            let result = try BinaryRunner.run(["diff", BinaryRunner.fixture("coventry-warwickshire"), path, "--format", format])
            XCTAssertEqual(result.status, 1, result.errors)
            assertNoControlCharacters(result.output, "diff --format \(format)")
            XCTAssertTrue(result.output.contains("PWNED^G"), result.output)
        }
    }

    func testAHostileIdIsRefusedAndShownVisibly() throws {
        let (directory, path) = try BinaryRunner.copyOfFixture("coventry-warwickshire")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var text = try String(contentsOfFile: path, encoding: .utf8)
        guard let range = text.range(of: "\"id\": \"ms-") else { throw XCTSkip("no milestone id") }
        text.replaceSubrange(range, with: "\"id\": \"\\u001b[2J ms/")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let result = try BinaryRunner.run(["validate", path])
        XCTAssertEqual(result.status, 1)
        assertNoControlCharacters(result.errors, "validate")
        XCTAssertTrue(result.errors.contains("has a character other than letters, digits, '-', '_' and '.'"), result.errors)
        XCTAssertTrue(result.errors.contains("^[[2J ms/"), result.errors)
    }
}
