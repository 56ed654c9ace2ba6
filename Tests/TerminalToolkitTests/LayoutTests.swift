import XCTest
import TerminalToolkit

final class LayoutTests: XCTestCase {
    func testRowsSplitIntoFixedFillAndFixed() {
        let rows = Rect(x: 0, y: 0, width: 80, height: 24).splitRows([.fixed(1), .fill, .fixed(1)])
        XCTAssertEqual(rows, [
            Rect(x: 0, y: 0, width: 80, height: 1),
            Rect(x: 0, y: 1, width: 80, height: 22),
            Rect(x: 0, y: 23, width: 80, height: 1),
        ])
    }

    func testColumnsByPercentageAndSharedFill() {
        let columns = Rect(x: 2, y: 0, width: 81, height: 5).splitColumns([.percentage(25), .fill, .fill])
        XCTAssertEqual(columns.map(\.width), [20, 31, 30])
        XCTAssertEqual(columns.map(\.x), [2, 22, 53])
    }

    func testFillMinimumIsHonouredAndOverflowIsClipped() {
        let rows = Rect(x: 0, y: 0, width: 10, height: 10).splitRows([.fixed(6), .fill(min: 3), .fixed(3)])
        XCTAssertEqual(rows.map(\.height), [6, 3, 1])
        XCTAssertEqual(rows.map(\.y), [0, 6, 9])
    }

    func testRectHelpers() {
        let area = Rect(x: 0, y: 0, width: 80, height: 24)
        XCTAssertEqual(area.centered(width: 40, height: 10), Rect(x: 20, y: 7, width: 40, height: 10))
        XCTAssertEqual(area.inset(by: 1), Rect(x: 1, y: 1, width: 78, height: 22))
        XCTAssertTrue(area.intersection(Rect(x: 90, y: 0, width: 5, height: 5)).isEmpty)
    }
}
