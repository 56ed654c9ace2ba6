import XCTest
import TerminalToolkit

final class ListViewTests: XCTestCase {
    private let items = (1...10).map { "Item \($0)" }

    func testSelectionIsMarkedAndScrolledIntoView() {
        var buffer = Buffer(width: 12, height: 3)
        var state = ListState(selected: 4)
        ListView(items: items).render(in: buffer.area, buffer: &buffer, state: &state)
        XCTAssertEqual(buffer.lines(), ["  Item 3   ▲", "  Item 4   █", "> Item 5   ▼"], "the gutter says there is more above and below")
        XCTAssertEqual(state.offset, 2)
        XCTAssertEqual(buffer[10, 2].style, .reverse, "the selected row is highlighted across the width, up to the gutter")
        XCTAssertEqual(buffer[10, 1].style, .plain)
    }

    func testMovingUpScrollsOnlyWhenTheSelectionLeavesTheView() {
        var buffer = Buffer(width: 12, height: 3)
        var state = ListState(selected: 4, offset: 2)
        state.moveSelection(by: -1, count: items.count)
        ListView(items: items).render(in: buffer.area, buffer: &buffer, state: &state)
        XCTAssertEqual(state.offset, 2)
        state.moveSelection(by: -3, count: items.count)
        ListView(items: items).render(in: buffer.area, buffer: &buffer, state: &state)
        XCTAssertEqual(state.offset, 0)
        XCTAssertEqual(buffer.lines(), ["> Item 1", "  Item 2   █", "  Item 3   ▼"])
    }

    func testSelectionStopsAtTheEnds() {
        var state = ListState()
        state.moveSelection(by: 1, count: 3)
        XCTAssertEqual(state.selected, 0)
        state.moveSelection(by: 10, count: 3)
        XCTAssertEqual(state.selected, 2)
        state.moveSelection(by: -10, count: 3)
        XCTAssertEqual(state.selected, 0)
    }

    func testOnlyVisibleItemsAreAskedFor() {
        var asked: [Int] = []
        var buffer = Buffer(width: 20, height: 4)
        let list = ListView(itemCount: 1_000_000) { index in
            asked.append(index)
            return "Row \(index)"
        }
        var state = ListState(selected: 500_000)
        list.render(in: buffer.area, buffer: &buffer, state: &state)
        XCTAssertEqual(asked, [499_997, 499_998, 499_999, 500_000])
        XCTAssertEqual(buffer.lines().last, "> Row 500000       ▼")
    }

    func testLongItemsAreTruncated() {
        var buffer = Buffer(width: 10, height: 1)
        ListView(items: ["Ambulance handover delays"]).render(in: buffer.area, buffer: &buffer, state: ListState())
        XCTAssertEqual(buffer.lines(), ["  Ambulan…"])
    }

    func testLongItemsAreCutBeforeTheScrollGutter() {
        var buffer = Buffer(width: 10, height: 2)
        ListView(items: ["Ambulance handover delays", "Beds", "Cots"]).render(in: buffer.area, buffer: &buffer, state: ListState(selected: 0))
        XCTAssertEqual(buffer.lines()[0], "> Ambula…", "the ellipsis is not hidden under the gutter")
    }
}
