import TerminalToolkit

/// Render + diff of whole frames holding a 100,000-row `Table`, at 80x24 and 200x60.
/// Each step moves the selection (one row, or one page) and draws a fresh frame that the
/// `FrameRenderer` diffs against the previous one.
enum TableBenchmark {
    static let rowCount = 100_000

    static func table() -> Table {
        let columns = [
            TableColumn("Organisation", minWidth: 12, maxWidth: 28), .numeric("Population"), .numeric("Practices"),
            .numeric("Allocation"), .numeric("Running"), .numeric("Surplus"), .numeric("£/head"),
            TableColumn("Owner", minWidth: 6, maxWidth: 24),
        ]
        return Table(columns: columns, rowCount: rowCount, totals: ["Total", "61,234,567", "6,123", "£1,234,567.8", "", "", "", ""]) { i in
            let population = 50_000 + (i * 7_919) % 400_000
            return ["NHS Organisation \(i + 1)", Format.grouped(population), String(10 + i % 60),
                    "£" + Format.fixed(Double(population) * 0.0016, places: 1), Format.fixed(Double(i % 900) / 10, places: 1),
                    Format.fixed(Double(i % 400 - 200) / 10, places: 1), "£" + Format.fixed(1_500 + Double(i % 300), places: 2),
                    i % 2 == 0 ? "Chief Finance Officer" : "Director of Commissioning"]
        }
    }

    static func run(iterations: Int) -> [Result] {
        var results: [Result] = []
        let table = table()
        for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
            for (label, step) in [("one row", 1), ("one page", size.height - 2)] {
                let backend = CountingBackend(size: size)
                var renderer = FrameRenderer()
                var state = TableState(rows: ListState(selected: 0))
                renderer.render(to: backend) { table.render(in: $0.area, buffer: &$0, state: &state) }
                var maxCells = 0
                let samples = measure(iterations: iterations) {
                    state.rows.moveSelection(by: step, count: rowCount)
                    if state.rows.selected == rowCount - 1 { state.rows = ListState(selected: 0) }
                    renderer.render(to: backend) { table.render(in: $0.area, buffer: &$0, state: &state) }
                    maxCells = max(maxCells, renderer.lastFrameCellsSent)
                }
                results.append(Result(name: "\(size.width)x\(size.height) table, move \(label)", samples: samples,
                                      note: "cells sent ≤ \(maxCells)"))
            }
        }
        return results
    }
}
