import XCTest
import TerminalToolkit

/// Scrolling a table sideways: the offset stops where the last column comes into view, and a
/// selected column is kept in view with the least movement.
final class TableSidewaysScrollTests: XCTestCase {
    private let columns = [TableColumn("Name", minWidth: 5, maxWidth: 5)]
        + (1...6).map { TableColumn.numeric("C\($0)", minWidth: 4, maxWidth: 4) }

    private func table() -> Table {
        Table(columns: columns, rowCount: 1) { _ in TableRow(texts: ["Alpha"] + (1...6).map { "\($0 * 11)" }) }
    }

    func testTheOffsetStopsWhereTheLastColumnIsInView() {
        // 5 + 3 x (1 + 4) = 20: three of the six scrollable columns fit.
        var buffer = Buffer(width: 20, height: 2)
        var state = TableState(columnOffset: 5)
        let shown = table().render(in: buffer.area, buffer: &buffer, state: &state)
        XCTAssertEqual(state.columnOffset, 3, "columns 4-6 are the last three")
        XCTAssertEqual(buffer.lines(), ["Name    C4   C5   C6", "Alpha   44   55   66"])
        XCTAssertEqual(shown, 3..<6, "drawing says which scrollable columns it drew")
    }

    func testASelectedColumnIsKeptInViewWithTheLeastMovement() {
        var state = TableState(columnOffset: 0, selectedColumn: 5)
        table().scroll(&state, in: Rect(x: 0, y: 0, width: 20, height: 2))
        XCTAssertEqual(state.columnOffset, 2, "C5 comes in at the right edge")
        var buffer = Buffer(width: 20, height: 2)
        XCTAssertEqual(table().render(in: buffer.area, buffer: &buffer, state: state), 2..<5)
        state.selectedColumn = 2
        table().scroll(&state, in: Rect(x: 0, y: 0, width: 20, height: 2))
        XCTAssertEqual(state.columnOffset, 1, "C2, left of the shown columns, comes in at the left edge")
        state.selectedColumn = 0
        table().scroll(&state, in: Rect(x: 0, y: 0, width: 20, height: 2))
        XCTAssertEqual(state.columnOffset, 1, "the frozen column is always shown: no scroll")
    }

    func testEverythingFitsNoOffset() {
        var state = TableState(columnOffset: 4)
        table().scroll(&state, in: Rect(x: 0, y: 0, width: 60, height: 2))
        XCTAssertEqual(state.columnOffset, 0)
        var buffer = Buffer(width: 60, height: 2)
        XCTAssertEqual(table().render(in: buffer.area, buffer: &buffer, state: state), 0..<6)
    }
}
