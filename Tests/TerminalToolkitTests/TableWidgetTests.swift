import XCTest
@testable import TerminalToolkit

/// The table as the panes use it: styled cells, marker, headings, totals, gutter and
/// content-aware column widths.
final class TableWidgetTests: XCTestCase {
    private func text(_ buffer: Buffer, x: Int, y: Int, width: Int) -> String {
        var result = ""
        for column in x..<min(buffer.width, x + width) where !buffer[column, y].isContinuation {
            result.append(buffer[column, y].grapheme)
        }
        return result
    }

    func testCellStylesLieOverTheRowAndTheSelection() {
        let columns = [TableColumn("Test", contentWidth: 6), TableColumn("RAG", contentWidth: 5)]
        let red = Style(foreground: .red, attributes: .bold)
        let table = Table(columns: columns, rowCount: 2, marker: "▶ ") { index in
            TableRow([TableCell("Test \(index)"), TableCell(index == 0 ? "RED" : "GREEN", style: index == 0 ? red : .plain)])
        }
        var buffer = Buffer(width: 16, height: 3)
        var state = TableState(rows: ListState(selected: 0))
        table.render(in: buffer.area, buffer: &buffer, state: &state)
        XCTAssertEqual(buffer.lines(), ["  Test   RAG", "▶ Test 0 RED", "  Test 1 GREEN"])
        XCTAssertEqual(buffer[9, 1].style, Style(foreground: .red, attributes: [.bold, .reverse]))
        XCTAssertEqual(buffer[2, 1].style, .reverse)
        XCTAssertEqual(buffer[15, 1].style, .reverse, "the highlight spans the row")
        XCTAssertEqual(buffer[9, 2].style, .plain)
    }

    func testARowsMarkShowsInTheMarkerColumnBesideTheSelectionMarker() {
        let table = Table(columns: [TableColumn("Item", contentWidth: 6)], rowCount: 3, marker: "▶ ") { index in
            TableRow([TableCell("Item \(index)")], mark: index == 2 ? "" : "~")
        }
        var buffer = Buffer(width: 12, height: 4)
        var state = TableState(rows: ListState(selected: 0))
        table.render(in: buffer.area, buffer: &buffer, state: &state)
        XCTAssertEqual(buffer.lines(), ["  Item", "▶~Item 0", " ~Item 1", "  Item 2"])
        XCTAssertEqual(buffer[1, 1].style, .reverse, "the mark takes the selected row's highlight")
    }

    func testHeadingsSpanTheRowAndShowAboveTheFirstItemOfAGroup() {
        let rows: [TableRow] = [.heading("── Jan 2020"), TableRow(texts: ["a"]), TableRow(texts: ["b"]),
                                .heading("── Feb 2020"), TableRow(texts: ["c"]), TableRow(texts: ["d"])]
        let table = Table(columns: [TableColumn("Item", contentWidth: 1)], rowCount: rows.count, marker: "> ") { rows[$0] }
        var buffer = Buffer(width: 20, height: 3)
        var state = TableState(rows: ListState(selected: 5, offset: 4))
        table.render(in: buffer.area, buffer: &buffer, state: &state)
        state.rows.selected = 4
        table.render(in: buffer.area, buffer: &buffer, state: &state)
        XCTAssertEqual(state.rows.offset, 3, "moving up onto the group's first item shows its heading")
        XCTAssertEqual(buffer.lines(), ["  Item", "  ── Feb 2020      ▲", "> c                ▼"])
    }

    func testAHeadingsRuleRunsToTheEndOfTheRowWithoutAnEllipsis() {
        let rows: [TableRow] = [.heading("── as of 9 Jan ", rule: "─"), TableRow(texts: ["a"]),
                                .heading("── a heading far too long for the row", rule: "─")]
        let table = Table(columns: [TableColumn("Item", contentWidth: 1)], rowCount: rows.count, marker: "> ") { rows[$0] }
        var buffer = Buffer(width: 22, height: 4)
        table.render(in: buffer.area, buffer: &buffer, state: TableState(rows: ListState(selected: 1)))
        XCTAssertEqual(buffer.lines(), ["  Item", "  ── as of 9 Jan ─────", "> a",
                                        "  ── a heading far to…"])
    }

    func testTotalsRowIsPinnedUnderAScrolledBody() {
        let table = Table(columns: [TableColumn("Body", contentWidth: 5), .numeric("£m", contentWidth: 5)], rowCount: 10,
                          totals: TableRow(texts: ["Total", "100.0"]), marker: "> ") { TableRow(texts: ["B\($0)", "10.0"]) }
        var buffer = Buffer(width: 16, height: 5)
        var state = TableState(rows: ListState(selected: 9))
        table.render(in: buffer.area, buffer: &buffer, state: &state)
        XCTAssertEqual(buffer.lines(), ["  Body     £m", "  B7     10.0  ▲", "  B8     10.0  █", "> B9     10.0", "  Total 100.0"])
        XCTAssertTrue(buffer[3, 4].style.attributes.contains(.bold))
    }

    func testScrollGutterShowsMoreAboveAndBelowBesideTheRows() {
        var buffer = Buffer(width: 10, height: 5)
        var state = ListState(selected: 10)
        ListView(itemCount: 20) { "Item \($0)" }.render(in: buffer.area, buffer: &buffer, state: &state)
        XCTAssertEqual(buffer.lines(), ["  Item 6 ▲", "  Item 7 │", "  Item 8 █", "  Item 9 │", "> Item 10▼"])
        XCTAssertEqual(ScrollGutter(offset: 6, visible: 5, count: 20).positionText, "7-11 of 20")
        XCTAssertEqual(ScrollGutter(offset: 0, visible: 5, count: 3).positionText, "1-3 of 3")
    }

    func testEmptyColumnsCollapse() {
        let columns = [TableColumn("Test", contentWidth: 4), TableColumn("Owner", contentWidth: 0),
                       TableColumn("Due", contentWidth: 0, keepsWhenEmpty: true)]
        var buffer = Buffer(width: 30, height: 2)
        Table(columns: columns, rowCount: 1) { _ in TableRow(texts: ["Plan", "", ""]) }
            .render(in: buffer.area, buffer: &buffer, state: TableState())
        XCTAssertEqual(buffer.lines(), ["Test Due", "Plan"])
    }

    func testSpareWidthGoesToTheCutColumnsAndLowPriorityColumnsGoFirst() {
        let columns = [TableColumn("Date", minWidth: 6, maxWidth: 30, contentWidth: 20, priority: 2),
                       TableColumn("Title", minWidth: 10, maxWidth: 60, contentWidth: 50, priority: 3),
                       TableColumn("Owner", minWidth: 5, maxWidth: 20, contentWidth: 12, priority: 1)]
        let wide = ColumnWidths.place(columns, wanted: ColumnWidths.wanted(columns), shown: [0, 1, 2], available: 100, spacing: 1)
        XCTAssertEqual(wide.map(\.width), [20, 50, 12], "each gets what its content wants")
        let middling = ColumnWidths.place(columns, wanted: ColumnWidths.wanted(columns), shown: [0, 1, 2], available: 60, spacing: 1)
        XCTAssertEqual(middling.map(\.width).reduce(0, +) + 2, 60, "the whole width is used")
        XCTAssertEqual(middling.map(\.width), [20, 26, 12], "the narrower wants are met, the rest goes to the widest")
        let narrow = ColumnWidths.place(columns, wanted: ColumnWidths.wanted(columns), shown: [0, 1, 2], available: 20, spacing: 1)
        XCTAssertEqual(narrow.map(\.column), [0, 1], "the lowest priority column is left out")
        let fillColumns = [TableColumn("A", contentWidth: 3, fills: true), TableColumn("B", contentWidth: 3)]
        let fill = ColumnWidths.place(fillColumns, wanted: ColumnWidths.wanted(fillColumns), shown: [0, 1], available: 20, spacing: 1)
        XCTAssertEqual(fill.map(\.width), [16, 3])
    }

    func testTooManyColumnsKeepTheMostImportantThenTheLeftmostThatFit() {
        // A frozen label (priority 2) and nine equal columns of 5: at 20 columns the label (6)
        // and two of 5 fit with their spaces (6 + 1 + 5 + 1 + 5 = 18); a third would need 24.
        let columns = [TableColumn("Label", minWidth: 6, contentWidth: 6, priority: 2)]
            + (1...9).map { TableColumn("C\($0)", minWidth: 5, contentWidth: 5, priority: 1) }
        let placed = ColumnWidths.place(columns, wanted: ColumnWidths.wanted(columns), shown: Array(0...9), available: 20, spacing: 1)
        XCTAssertEqual(placed.map(\.column), [0, 1, 2])
        XCTAssertEqual(placed.map(\.x), [0, 7, 13])
        XCTAssertEqual(placed.map(\.width), [6, 5, 5], "each at its want; the spare column stays unused")
        let tiny = ColumnWidths.place(columns, wanted: ColumnWidths.wanted(columns), shown: Array(0...9), available: 3, spacing: 1)
        XCTAssertEqual(tiny.map(\.column), [], "nothing fits: nothing is placed")
    }

    func testCutTextEndsWithTheEllipsis() {
        var buffer = Buffer(width: 12, height: 2)
        Table(columns: [TableColumn("Milestone", minWidth: 4, contentWidth: 30)], rowCount: 1) { _ in
            TableRow(texts: ["Governing Bodies consider the case"])
        }.render(in: buffer.area, buffer: &buffer, state: TableState())
        XCTAssertEqual(buffer.lines(), ["Milestone", "Governing B…"])
    }

    /// Random sizes from 60x16 to 200x60, random data and selections: no marker or gutter
    /// over a cell, every cut text ends with "…", and the selected row is on screen.
    func testPropertyNothingOverwrittenCutTextMarkedSelectionVisible() {
        var generator = SeededGenerator(seed: 13)
        let words = ["Board", "Secretary", "Governing", "Bodies", "consider", "the", "case", "for", "change", "NHS",
                     "England", "Lancashire", "Cumbria", "株式", "é", "2019/20", "£12.3m", ""]
        for _ in 0..<150 {
            let width = Int.random(in: 60...200, using: &generator)
            let height = Int.random(in: 16...60, using: &generator)
            let columnCount = Int.random(in: 1...7, using: &generator)
            let rowCount = Int.random(in: 0...300, using: &generator)
            let cells: [[String]] = (0..<min(rowCount, 300)).map { _ in
                (0..<columnCount).map { _ in
                    (0..<Int.random(in: 0...8, using: &generator)).map { _ in words.randomElement(using: &generator) ?? "" }
                        .joined(separator: " ")
                }
            }
            let headings = Set((0..<rowCount).filter { _ in Int.random(in: 0..<10, using: &generator) == 0 })
            let columns = (0..<columnCount).map { column in
                TableColumn("Col \(column)", minWidth: Int.random(in: 1...12, using: &generator),
                            maxWidth: Int.random(in: 12...60, using: &generator),
                            alignment: column % 3 == 2 ? .right : .left,
                            contentWidth: TableColumn.widest(cells.map { $0[column] }),
                            priority: Int.random(in: 0...3, using: &generator), fills: column == 1)
            }
            let rows: (Int) -> TableRow = { index in headings.contains(index) ? .heading("── heading \(index) " + cells[index].joined())
                : TableRow(texts: cells[index]) }
            let table = Table(columns: columns, rowCount: rowCount, totals: Bool.random(using: &generator) ? TableRow(texts: cells.first ?? []) : nil,
                              marker: "▶ ", row: rows)
            let area = Rect(x: 0, y: 0, width: width, height: height)
            var buffer = Buffer(width: width, height: height)
            var state = TableState(rows: ListState(selected: rowCount == 0 ? nil : Int.random(in: 0..<rowCount, using: &generator),
                                                   offset: Int.random(in: 0...max(0, rowCount), using: &generator)))
            table.render(in: area, buffer: &buffer, state: &state)
            let parts = table.parts(in: area)
            let context = "\(width)x\(height) rows \(rowCount) selected \(String(describing: state.rows.selected))"
            if let selected = state.rows.selected {
                XCTAssertTrue((state.rows.offset..<state.rows.offset + parts.body.height).contains(selected), context)
                XCTAssertEqual(text(buffer, x: 0, y: parts.body.y + selected - state.rows.offset, width: 2), "▶ ", context)
            }
            let first = state.rows.offset
            let visible = (first..<min(rowCount, first + parts.body.height)).map(rows)
            let placements = table.columnPlacements(width: parts.cells.width, columnOffset: 0, visibleRows: visible)
            XCTAssertTrue(placements.allSatisfy { $0.x >= 0 && $0.x + $0.width <= parts.cells.width }, context)
            for (position, index) in (first..<min(rowCount, first + parts.body.height)).enumerated() where !headings.contains(index) {
                let y = parts.body.y + position
                if index != state.rows.selected { XCTAssertEqual(text(buffer, x: 0, y: y, width: 2), "  ", context) }
                for placement in placements {
                    let value = cells[index][placement.column]
                    let drawn = text(buffer, x: parts.cells.x + placement.x, y: y, width: placement.width)
                        .trimmingCharacters(in: .whitespaces)
                    let expected = value.truncated(toWidth: placement.width).trimmingCharacters(in: .whitespaces)
                    XCTAssertEqual(drawn, expected, "\(context) row \(index) column \(placement.column)")
                    if value.terminalWidth > placement.width { XCTAssertTrue(drawn.hasSuffix("…"), "\(context) \(drawn)") }
                }
            }
        }
    }
}

/// A small deterministic random number generator (SplitMix64), so a failing case repeats.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E49B
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
