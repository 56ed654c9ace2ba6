import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// The merger tests pane drawn through the toolkit's table.
final class TestsPaneTests: XCTestCase {
    /// Empty Owner and Target columns no longer take width from the test titles.
    func testEmptyColumnsCollapseAndTheTitlesGetTheWidth() throws {
        var state = try AppTestSupport.state("coventry-warwickshire")
        _ = AppUpdate.update(&state, .key(.char("2")))
        let screen = AppTestSupport.screen(state)
        let header = try XCTUnwrap(screen.first { $0.contains("Merger test") })
        XCTAssertFalse(header.contains("Owner"), header)
        XCTAssertFalse(header.contains("Target"), header)
        XCTAssertTrue(screen.contains { $0.contains("II. Co-terminosity with local authorities ") }, screen.joined(separator: "\n"))
        XCTAssertTrue(screen.contains { $0.contains("X. GP members and local Healthwatch consultation ") })
    }

    /// At 60x16 the list says there is more below, in its own column, and every row's text is whole.
    func testTheScrollPositionAt60x16IsBesideTheRows() throws {
        var state = try AppTestSupport.state("lancashire-south-cumbria", width: 60, height: 16)
        _ = AppUpdate.update(&state, .key(.char("2")))
        let buffer = AppTestSupport.buffer(state)
        let tableRows = (0..<buffer.height).filter { buffer.line($0).contains("In progress") }
        XCTAssertFalse(tableRows.isEmpty)
        XCTAssertTrue(tableRows.contains { buffer[59, $0].grapheme == "▼" }, buffer.lines().joined(separator: "\n"))
        for y in tableRows {
            let line = buffer.line(y)
            XCTAssertTrue(line.dropLast().hasSuffix("1") || line.hasSuffix("1"), "the evidence count is not overwritten: \(line)")
        }
        for _ in 0..<9 { _ = AppUpdate.update(&state, .key(.down)) }
        let bottom = AppTestSupport.buffer(state)
        XCTAssertTrue((3...8).contains { bottom[59, $0].grapheme == "▲" }, "and more above once scrolled:\n\(bottom.lines().joined(separator: "\n"))")
        XCTAssertTrue(bottom.lines().contains { $0.hasPrefix("▶ 10") }, "the selection stays visible")
    }

    /// Content widths come from `Derived`, measured again when a test changes.
    func testColumnWidthsFollowAnEdit() throws {
        var state = try AppTestSupport.state("coventry-warwickshire")
        XCTAssertEqual(state.derived.testColumns.widths[3], 0, "no owners")
        var review = state.review
        review.mergerTests[4].owner = "Chief Finance Officer"
        state.commit(review, label: "owner")
        XCTAssertEqual(state.derived.testColumns.widths[3], "Chief Finance Officer".count)
        XCTAssertEqual(state.derived.testColumns.widths,
                       ColumnMeasure(state.review.mergerTests, columns: TestsTable.measuredColumns, texts: TestsTable.texts).widths)
    }
}
