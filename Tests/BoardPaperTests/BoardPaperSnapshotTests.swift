import XCTest
import ReviewModel

/// The whole Markdown board paper of each fixture, compared with Snapshots/NAME-board-paper.md.
/// After an intended change, re-record with RECORD_SNAPSHOTS=1 and read the diff.
final class BoardPaperSnapshotTests: XCTestCase {
    private func snapshot(_ fixture: String) throws {
        let markdown = BoardPaper.markdown(try ReportTestSupport.review(fixture), today: ReportTestSupport.today)
        ReportTestSupport.assertSnapshot(markdown, named: "\(fixture)-board-paper.md")
    }

    func testLancashireAndSouthCumbria() throws { try snapshot("lancashire-south-cumbria") }

    func testLeicesterLeicestershireAndRutland() throws { try snapshot("leicester-leicestershire-rutland") }

    func testNorthWestLondon() throws { try snapshot("north-west-london") }

    func testCoventryAndWarwickshire() throws { try snapshot("coventry-warwickshire") }

    func testEveryTableIsWellFormedGitHubMarkdown() throws {
        for fixture in ReportTestSupport.fixtures {
            let markdown = BoardPaper.markdown(try ReportTestSupport.review(fixture), today: ReportTestSupport.today)
            XCTAssertTrue(markdown.hasSuffix("\n") && !markdown.hasSuffix("\n\n"), "\(fixture): one final newline")
            XCTAssertFalse(markdown.contains("\r"), "\(fixture): LF line endings")
            let lines = markdown.components(separatedBy: "\n")
            var index = 0
            var tables = 0
            while index < lines.count {
                guard lines[index].hasPrefix("|") else {
                    index += 1
                    continue
                }
                tables += 1
                XCTAssertTrue(lines[index - 1].isEmpty, "\(fixture): a blank line before the table at line \(index + 1)")
                let width = ReportTestSupport.markdownCells(lines[index]).count
                let separator = ReportTestSupport.markdownCells(lines[index + 1])
                XCTAssertEqual(separator.count, width, "\(fixture): separator at line \(index + 2)")
                XCTAssertTrue(separator.allSatisfy { $0 == "---" || $0 == "---:" }, "\(fixture): \(lines[index + 1])")
                var row = index + 1
                while row < lines.count, lines[row].hasPrefix("|") {
                    XCTAssertTrue(lines[row].hasSuffix(" |"), "\(fixture): line \(row + 1)")
                    XCTAssertEqual(ReportTestSupport.markdownCells(lines[row]).count, width, "\(fixture): cells at line \(row + 1): \(lines[row])")
                    row += 1
                }
                index = row
            }
            XCTAssertGreaterThanOrEqual(tables, 4, fixture)
        }
    }

    func testNumericColumnsAreRightAlignedAndRAGIsAWord() throws {
        let markdown = BoardPaper.markdown(try ReportTestSupport.review("coventry-warwickshire"), today: ReportTestSupport.today)
        XCTAssertTrue(markdown.contains("| Organisation | Programme | Running costs | Primary medical | Total budget |"), markdown)
        XCTAssertTrue(markdown.contains("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"), markdown)
        let tests = ReportTestSupport.section("Merger tests", of: markdown)
        let rows = tests.components(separatedBy: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| No.") && !$0.hasPrefix("| ---") }
        XCTAssertEqual(rows.count, 10)
        for row in rows {
            let rag = ReportTestSupport.markdownCells(row)[3]
            XCTAssertTrue(["Red", "Amber", "Green", "Unrated"].contains(rag), "RAG as a word: \(row)")
        }
        XCTAssertTrue(markdown.contains("Board paper prepared on 23 November 2026, with figures as of 22 May 2019."))
    }
}
