import Foundation
import XCTest

/// The command line as a person or a script uses it: output and exit codes.
final class CommandLineTests: XCTestCase {
    private let fixtures = ["lancashire-south-cumbria", "leicester-leicestershire-rutland", "north-west-london",
                            "coventry-warwickshire"].map(BinaryRunner.fixture)

    func testValidateAllFixturesExitsZeroAndPrintsTheWarnings() throws {
        let result = try BinaryRunner.run(["validate"] + fixtures)
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertTrue(result.output.contains("813,954"), result.output)
        XCTAssertTrue(result.output.contains("1,006,232"), result.output)
        XCTAssertTrue(result.output.contains("coventry-warwickshire.json: line "), "warnings are located: \(result.output)")
    }

    func testTheBuiltInExampleIsTheCoventryFixture() throws {
        let resource = BinaryRunner.repository.appendingPathComponent("Sources/MergerReviewCLI/BuiltInExample.json").path
        let fixture = FileManager.default.contents(atPath: BinaryRunner.fixture("coventry-warwickshire"))
        XCTAssertNotNil(fixture)
        XCTAssertEqual(FileManager.default.contents(atPath: resource), fixture, "run scripts/update-built-in-example")
    }

    func testStrictTurnsWarningsIntoErrors() throws {
        let result = try BinaryRunner.run(["validate", "--strict", BinaryRunner.fixture("coventry-warwickshire")])
        XCTAssertEqual(result.status, 1)
    }

    func testSummaryOfLancashireAndSouthCumbria() throws {
        let result = try BinaryRunner.run(["summary", BinaryRunner.fixture("lancashire-south-cumbria")])
        XCTAssertEqual(result.status, 0, result.errors)
        for expected in ["1,777,610 people", "215 practices", "£2,909.3m", "£36.3m", "20% cut", "Preferred option: Option 5:"] {
            XCTAssertTrue(result.output.contains(expected), "missing \(expected) in\n\(result.output)")
        }
    }

    func testSummaryOfCoventryAndWarwickshire() throws {
        let result = try BinaryRunner.run(["summary", BinaryRunner.fixture("coventry-warwickshire")])
        XCTAssertEqual(result.status, 0, result.errors)
        for expected in ["£1,410.8m", "-£15.0m (-1.2%)", "Preferred option: Option 3:"] {
            XCTAssertTrue(result.output.contains(expected), "missing \(expected) in\n\(result.output)")
        }
    }

    func testBrokenFilesGiveOneLinePerProblemAndTheRightStatusAndStayUnchanged() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let truncated = "\(directory)/truncated.json"
        let mistyped = "\(directory)/mistyped.json"
        let truncatedText = "{\n  \"schemaVersion\": 1,\n  \"programme\": {\n"
        let mistypedText = "{\"schemaVersion\": 1, \"programme\": {\"name\": 1, \"asOf\": \"2019-02-30\"}, \"milestones\": 3}\n"
        try truncatedText.write(toFile: truncated, atomically: false, encoding: .utf8)
        try mistypedText.write(toFile: mistyped, atomically: false, encoding: .utf8)

        let syntax = try BinaryRunner.run(["validate", truncated])
        XCTAssertEqual(syntax.status, 2)
        XCTAssertEqual(syntax.errors.split(separator: "\n").count, 1, syntax.errors)
        XCTAssertTrue(syntax.errors.contains("truncated.json: line 4, column 1"), syntax.errors)

        let invalid = try BinaryRunner.run(["validate", mistyped])
        XCTAssertEqual(invalid.status, 1)
        let lines = invalid.errors.split(separator: "\n")
        XCTAssertEqual(lines.count, 3, invalid.errors)
        XCTAssertTrue(lines.allSatisfy { $0.hasPrefix("\(mistyped): line 1: $.") }, invalid.errors)

        let format = try BinaryRunner.run(["format", mistyped, truncated])
        XCTAssertEqual(format.status, 2, "the worst status wins")
        XCTAssertEqual(try String(contentsOfFile: truncated, encoding: .utf8), truncatedText)
        XCTAssertEqual(try String(contentsOfFile: mistyped, encoding: .utf8), mistypedText)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory).sorted(), ["mistyped.json", "truncated.json"])
    }

    func testNewCreatesAValidBlankReviewAndNeverOverwrites() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let path = "\(directory)/new.json"
        let created = try BinaryRunner.run(["new", path])
        XCTAssertEqual(created.status, 0, created.errors)
        XCTAssertEqual(try BinaryRunner.run(["validate", path]).status, 0)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertEqual(text.components(separatedBy: "\"id\": \"test-").count - 1, 10, "the ten NHS England tests")
        let again = try BinaryRunner.run(["new", path])
        XCTAssertEqual(again.status, 2)
        XCTAssertTrue(again.errors.contains("already exists"))
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), text)
    }

    func testUsageErrorsExitTwo() throws {
        XCTAssertEqual(try BinaryRunner.run(["validate"]).status, 2)
        XCTAssertEqual(try BinaryRunner.run(["summary", "/nonexistent/review.json"]).status, 2)
        XCTAssertEqual(try BinaryRunner.run(["--no-such-flag"]).status, 2)
        XCTAssertEqual(try BinaryRunner.run(["--help"]).status, 0)
    }
}
