import Foundation
import XCTest

/// `merger-review report` through the built binary, and `:export` in the real app.
final class ReportCommandTests: XCTestCase {
    func testMarkdownToStandardOutputCSVToADirectoryAndTheExitStatuses() throws {
        let fixture = BinaryRunner.fixture("lancashire-south-cumbria")
        let markdown = try BinaryRunner.run(["report", fixture])
        XCTAssertEqual(markdown.status, 0, markdown.errors)
        XCTAssertTrue(markdown.output.hasPrefix("# Merger readiness: Commissioning Reform in Lancashire and South Cumbria\n"), markdown.output)
        for expected in ["| **Total** | 1,777,610 | 215 | £2,909.3m | £36.3m | £1,636.64 |", "| --- | ---: | ---: | ---: | ---: | ---: |",
                         "Running-cost target: 20% cut from £36.3m (2019/20) to £29.0m, no year given: £7.3m to go"] {
            XCTAssertTrue(markdown.output.contains(expected), "missing \(expected)")
        }

        let directory = try BinaryRunner.temporaryDirectory()
        let paper = "\(directory)/paper.md"
        let toFile = try BinaryRunner.run(["report", fixture, "--out", paper])
        XCTAssertEqual(toFile.status, 0, toFile.errors)
        XCTAssertEqual(try String(contentsOfFile: paper, encoding: .utf8), markdown.output)

        let html = try BinaryRunner.run(["report", fixture, "--format", "html", "--out", "\(directory)/paper.html"])
        XCTAssertEqual(html.status, 0, html.errors)
        let htmlText = try String(contentsOfFile: "\(directory)/paper.html", encoding: .utf8)
        XCTAssertTrue(htmlText.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(htmlText.contains("<td class=\"num\">£2,909.3m</td>"))

        let tables = "\(directory)/tables/2020"
        let csv = try BinaryRunner.run(["report", fixture, "--format", "csv", "--out", tables])
        XCTAssertEqual(csv.status, 0, csv.errors)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: tables).sorted(),
                       ["actions.csv", "appraisal.csv", "budgets.csv", "evidence.csv", "options.csv", "recommendations.csv",
                        "tests.csv", "timeline.csv"])
        let budgets = try String(contentsOfFile: "\(tables)/budgets.csv", encoding: .utf8)
        XCTAssertTrue(budgets.hasPrefix("year,scope,id,name,registered_population,practices,pcns,allocation_gbp_m,"), budgets)
        XCTAssertTrue(budgets.contains(",177841,23,,271.3,,3.5,"), budgets)
        XCTAssertTrue(csv.output.contains("Wrote 8 CSV files to \(tables)"), csv.output)

        let noDirectory = try BinaryRunner.run(["report", fixture, "--format", "csv"])
        XCTAssertEqual(noDirectory.status, 2)
        XCTAssertTrue(noDirectory.errors.contains("--out DIR"), noDirectory.errors)
        XCTAssertTrue(noDirectory.output.isEmpty)
        XCTAssertEqual(try BinaryRunner.run(["report", fixture, "--format", "pdf"]).status, 2)
        XCTAssertEqual(try BinaryRunner.run(["report", "\(directory)/missing.json"]).status, 2)
        let unwritable = try BinaryRunner.run(["report", fixture, "--out", "\(directory)/no/such/dir/paper.md"])
        XCTAssertEqual(unwritable.status, 2)
        XCTAssertTrue(unwritable.errors.contains("no such file or directory"), unwritable.errors)
    }

    func testAnInvalidReviewExitsOneWithTheValidateMessages() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let mistyped = "\(directory)/mistyped.json"
        try "{\"schemaVersion\": 1, \"programme\": {\"name\": 1, \"asOf\": \"2019-02-30\"}, \"milestones\": 3}\n"
            .write(toFile: mistyped, atomically: false, encoding: .utf8)
        let report = try BinaryRunner.run(["report", mistyped])
        XCTAssertEqual(report.status, 1)
        XCTAssertTrue(report.output.isEmpty, "no paper from an invalid review")
        XCTAssertEqual(report.errors, try BinaryRunner.run(["validate", mistyped]).errors, "the same messages as validate")
        let csv = try BinaryRunner.run(["report", mistyped, "--format", "csv", "--out", "\(directory)/tables"])
        XCTAssertEqual(csv.status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(directory)/tables"))
    }

    func testExportInTheAppWritesThePaperBesideTheReview() throws {
        let (directory, path) = try BinaryRunner.copyOfFixture("coventry-warwickshire")
        let session = try TmuxSession(arguments: [path], directory: directory)
        session.waitFor(text: "Readiness")
        try session.send(":")
        try session.type("export")
        try session.send("Enter")
        session.waitFor(text: "Exported")
        try session.send(":")
        try session.type("export tables.csv")
        try session.send("Enter")
        // Every file written is named, and never "tables.csv", which is not written.
        let exported = session.waitFor(text: "Exported 8 files: tables-")
        XCTAssertFalse(exported.contains("Exported tables.csv"), exported)
        try session.send("q")
        XCTAssertEqual(session.waitForExit(), 0)
        let paper = try String(contentsOfFile: "\(directory)/coventry-warwickshire-board-paper.md", encoding: .utf8)
        XCTAssertTrue(paper.hasPrefix("# Merger readiness: Coventry & Warwickshire"), paper)
        XCTAssertTrue(paper.contains("| **Total** | £1,254.7m | £20.1m | £136.0m | £1,410.8m | £2.3m | -£15.0m | -1.2% |"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(directory)/tables-tests.csv"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(directory)/coventry-warwickshire-board-paper.md.bak"))
    }
}
