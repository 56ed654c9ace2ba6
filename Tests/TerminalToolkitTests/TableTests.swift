import XCTest
import TerminalToolkit

final class TableTests: XCTestCase {
    private let columns = [
        TableColumn("Board", minWidth: 6, maxWidth: 6),
        TableColumn.numeric("2019/20", minWidth: 7, maxWidth: 7),
        TableColumn.numeric("2020/21", minWidth: 7, maxWidth: 7),
        TableColumn.numeric("2021/22", minWidth: 7, maxWidth: 7),
    ]
    private let rows = [
        ["North", "1,204.5", "1,250.0", "1,300.1"],
        ["South", "98.2", "101.0", "99.9"],
        ["East", "7.0", "7.5", "8.0"],
    ]

    private func table(totals: [String]? = nil) -> Table {
        let rows = self.rows
        return Table(columns: columns, rowCount: rows.count, totals: totals) { rows[$0] }
    }

    func testHeaderRowsAndRightAlignedNumbers() {
        var buffer = Buffer(width: 40, height: 4)
        table().render(in: buffer.area, buffer: &buffer, state: TableState())
        XCTAssertEqual(buffer.lines(), [
            "Board  2019/20 2020/21 2021/22",
            "North  1,204.5 1,250.0 1,300.1",
            "South     98.2   101.0    99.9",
            "East       7.0     7.5     8.0",
        ])
        XCTAssertEqual(buffer[0, 0].style, .bold, "header style")
    }

    func testTotalsRowIsPinnedToTheBottom() {
        var buffer = Buffer(width: 30, height: 6)
        table(totals: ["Total", "1,309.7", "1,358.5", "1,408.0"]).render(in: buffer.area, buffer: &buffer, state: TableState())
        XCTAssertEqual(buffer.lines(), [
            "Board  2019/20 2020/21 2021/22",
            "North  1,204.5 1,250.0 1,300.1",
            "South     98.2   101.0    99.9",
            "East       7.0     7.5     8.0",
            "",
            "Total  1,309.7 1,358.5 1,408.0",
        ])
    }

    func testHorizontalScrollKeepsTheFrozenFirstColumn() {
        var buffer = Buffer(width: 22, height: 4)
        var state = TableState(columnOffset: 1)
        table().render(in: buffer.area, buffer: &buffer, state: &state)
        XCTAssertEqual(Array(buffer.lines().prefix(2)), [
            "Board  2020/21 2021/22",
            "North  1,250.0 1,300.1",
        ])
        state.scrollColumns(by: 5, scrollableColumns: table().scrollableColumnCount)
        XCTAssertEqual(state.columnOffset, 2)
    }

    func testSelectedRowIsHighlightedAndScrolledIntoView() {
        var buffer = Buffer(width: 15, height: 3)
        var state = TableState(rows: ListState(selected: 2))
        table().render(in: buffer.area, buffer: &buffer, state: &state)
        XCTAssertEqual(buffer.lines(), ["Board  2019/20", "South     98.2▲", "East       7.0"], "the gutter column is kept for the scroll position")
        XCTAssertEqual(state.rows.offset, 1)
        XCTAssertEqual(buffer[13, 2].style, .reverse)
        XCTAssertEqual(buffer[13, 1].style, .plain)
    }

    func testColumnNarrowerThanItsMinimumIsLeftOut() {
        var buffer = Buffer(width: 18, height: 4)
        table().render(in: buffer.area, buffer: &buffer, state: TableState())
        XCTAssertEqual(Array(buffer.lines().prefix(2)), ["Board  2019/20", "North  1,204.5"])
    }

    func testColumnsAboveTheirMinimumShareTheWidthAndAreCutWithAnEllipsis() {
        let narrowable = [TableColumn("Board", minWidth: 6, maxWidth: 6),
                          TableColumn.numeric("2019/20", minWidth: 3, maxWidth: 7),
                          TableColumn.numeric("2020/21", minWidth: 3, maxWidth: 7)]
        let rows = self.rows
        var buffer = Buffer(width: 18, height: 2)
        Table(columns: narrowable, rowCount: 1) { rows[$0] }.render(in: buffer.area, buffer: &buffer, state: TableState())
        XCTAssertEqual(buffer.lines(), ["Board  2019… 2020…", "North  1,20… 1,25…"])
    }

    func testContentWidthIsClampedBetweenMinAndMax() {
        let columns = [TableColumn("Name", minWidth: 3, maxWidth: 8), TableColumn("X", minWidth: 2, maxWidth: 4)]
        let data = [["Highland and Islands", "1"], ["Fife", "22222"]]
        var buffer = Buffer(width: 20, height: 3)
        Table(columns: columns, rowCount: 2) { data[$0] }.render(in: buffer.area, buffer: &buffer, state: TableState())
        XCTAssertEqual(buffer.lines(), ["Name     X", "Highlan… 1", "Fife     222…"])
    }

    func testHundredThousandRowsRenderOnlyTheVisibleRows() {
        var requested: [Int] = []
        let table = Table(columns: columns, rowCount: 100_000, totals: ["Total", "", "", ""]) { index in
            requested.append(index)
            return ["R\(index)", "\(index).0", "1.0", "2.0"]
        }
        var buffer = Buffer(width: 80, height: 24)
        var state = TableState(rows: ListState(selected: 99_999))
        table.render(in: buffer.area, buffer: &buffer, state: &state)
        XCTAssertEqual(requested.count, 22, "header and totals take two of 24 rows")
        XCTAssertEqual(requested.first, 99_978)
        XCTAssertEqual(buffer.line(22), "R99999 99999.0     1.0     2.0")
        XCTAssertEqual(buffer.line(23), "Total")
    }
}
