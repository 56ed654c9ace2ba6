import Foundation
import XCTest
import ReviewModel
import ReviewStore

/// Writing the paper to disk: `:export` in the app and `merger-review report --out`.
final class ReportFilesTests: XCTestCase {
    private let files = ReportFiles()

    private func contents(_ directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    func testExportWritesMarkdownAndLeavesNoBackupWhenRepeated() throws {
        let directory = try ReportTestSupport.temporaryDirectory()
        let review = try ReportTestSupport.review("lancashire-south-cumbria")
        let path = "\(directory)/lsc-board-paper.md"
        XCTAssertNil(files.export(review, to: path, today: ReportTestSupport.today).error)
        XCTAssertNil(files.export(review, to: path, today: ReportTestSupport.today).error)
        XCTAssertEqual(try contents(directory), ["lsc-board-paper.md"])
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), BoardPaper.markdown(review, today: ReportTestSupport.today))
    }

    func testExportToAnExistingDirectoryWritesOneCSVFilePerTable() throws {
        let directory = try ReportTestSupport.temporaryDirectory()
        let review = try ReportTestSupport.review("coventry-warwickshire")
        XCTAssertNil(files.export(review, to: directory, today: ReportTestSupport.today).error)
        XCTAssertEqual(try contents(directory), ["actions.csv", "appraisal.csv", "budgets.csv", "evidence.csv", "options.csv",
                                                 "recommendations.csv", "tests.csv", "timeline.csv"])
        let tests = try String(contentsOfFile: "\(directory)/tests.csv", encoding: .utf8)
        XCTAssertEqual(tests, BoardPaper.csvTables(review, today: ReportTestSupport.today)[0].csv)
    }

    func testExportToANewDirectoryCreatesItAndNamesEveryFileWritten() throws {
        let directory = try ReportTestSupport.temporaryDirectory()
        let review = try ReportTestSupport.review("coventry-warwickshire")
        let outcome = files.export(review, to: "\(directory)/board/pack/", today: ReportTestSupport.today)
        XCTAssertNil(outcome.error)
        XCTAssertEqual(try contents("\(directory)/board/pack"), ["actions.csv", "appraisal.csv", "budgets.csv", "evidence.csv",
                                                                 "options.csv", "recommendations.csv", "tests.csv", "timeline.csv"])
        XCTAssertEqual(outcome.written.count, 8)
        XCTAssertTrue(outcome.written.allSatisfy { FileManager.default.fileExists(atPath: $0) }, "\(outcome.written)")
        let named = files.export(review, to: "\(directory)/tables.csv", today: ReportTestSupport.today)
        XCTAssertFalse(named.written.contains("\(directory)/tables.csv"), "never names a file it did not write")
        XCTAssertTrue(named.written.contains("\(directory)/tables-actions.csv"))
    }

    func testExportToACSVNameWritesTablesNamedAfterIt() throws {
        let directory = try ReportTestSupport.temporaryDirectory()
        let review = try ReportTestSupport.review("north-west-london")
        XCTAssertNil(files.export(review, to: "\(directory)/paper.CSV", today: ReportTestSupport.today).error)
        XCTAssertEqual(try contents(directory).count, 8)
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(directory)/paper-timeline.csv"))
    }

    func testExportPicksWordOrHTMLByTheExtension() throws {
        let directory = try ReportTestSupport.temporaryDirectory()
        let review = try ReportTestSupport.review("coventry-warwickshire")
        XCTAssertNil(files.export(review, to: "\(directory)/paper.DOCX", today: ReportTestSupport.today).error)
        XCTAssertNil(files.export(review, to: "\(directory)/paper.html", today: ReportTestSupport.today).error)
        XCTAssertNil(files.export(review, to: "\(directory)/paper.htm", today: ReportTestSupport.today).error)
        XCTAssertEqual(try contents(directory), ["paper.DOCX", "paper.htm", "paper.html"])
        let word = try Data(contentsOf: URL(fileURLWithPath: "\(directory)/paper.DOCX"))
        XCTAssertEqual(Array(word.prefix(4)), [0x50, 0x4B, 0x03, 0x04], "a zip file")
        XCTAssertEqual(Array(word), try DocxArchive.bytes(BoardPaper.docxParts(review, today: ReportTestSupport.today)))
        XCTAssertEqual(try String(contentsOfFile: "\(directory)/paper.html", encoding: .utf8),
                       BoardPaper.html(review, today: ReportTestSupport.today))
        XCTAssertEqual(ReportFormat(path: "a.md"), .markdown)
        XCTAssertEqual(ReportFormat(path: "a"), .markdown)
        XCTAssertEqual(ReportFormat(path: "a.Csv"), .csv)
    }

    func testCSVDirectoryIsCreatedWithItsParents() throws {
        let directory = try ReportTestSupport.temporaryDirectory()
        let review = try ReportTestSupport.review("north-west-london")
        let written = try files.writeCSV(BoardPaper.csvTables(review, today: ReportTestSupport.today), intoDirectory: "\(directory)/a/b/")
        XCTAssertEqual(written.first, "\(directory)/a/b/tests.csv")
        XCTAssertEqual(try contents("\(directory)/a/b").count, 8)
    }

    func testFailuresAreReportedNotThrownAtTheApp() throws {
        let directory = try ReportTestSupport.temporaryDirectory()
        let review = try ReportTestSupport.review("north-west-london")
        let missing = files.export(review, to: "\(directory)/no-such-directory/paper.md", today: ReportTestSupport.today).error
        XCTAssertTrue(missing?.contains("no such file or directory") ?? false, String(describing: missing))
        let plainFile = "\(directory)/plain"
        try "x".write(toFile: plainFile, atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try files.writeCSV([("tests", "a\r\n")], intoDirectory: plainFile)) { error in
            XCTAssertTrue("\(error)".contains("write into"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOfFile: plainFile, encoding: .utf8), "x")
    }
}
