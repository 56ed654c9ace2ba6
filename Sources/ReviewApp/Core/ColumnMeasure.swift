import ReviewModel
import TerminalToolkit

/// The widest text in each column of a list of items, for `TableColumn.contentWidth`.
///
/// Measured when the list changes, never per frame. Widths are kept per block of 256 items,
/// so after an edit only the blocks the edit touched are measured again (`ChunkedArray`
/// says which); an insertion or removal measures everything once.
struct ColumnMeasure: Sendable {
    static let blockSize = 256
    /// The widest text per column, over the whole list.
    private(set) var widths: [Int]
    private var blocks: [[Int]]

    init<Element>(_ items: ChunkedArray<Element>, columns: Int, texts: (Element) -> [String]) {
        blocks = stride(from: 0, to: items.count, by: ColumnMeasure.blockSize).map { start in
            ColumnMeasure.measure(items, start..<min(items.count, start + ColumnMeasure.blockSize), columns: columns, texts: texts)
        }
        widths = ColumnMeasure.widest(blocks, columns: columns)
    }

    /// The widths for `items`, measuring only the blocks in which it may differ from `oldItems`,
    /// and those holding `alsoChanged` (items whose texts changed without the items changing:
    /// an action whose linked item was renamed).
    init<Element>(_ items: ChunkedArray<Element>, updating old: ColumnMeasure, from oldItems: ChunkedArray<Element>,
                  alsoChanged: [Int] = [], columns: Int, texts: (Element) -> [String]) {
        guard let ranges = items.unsharedRanges(comparedTo: oldItems), old.widths.count == columns else {
            self.init(items, columns: columns, texts: texts)
            return
        }
        var blocks = old.blocks
        var changed = Set(alsoChanged.map { $0 / ColumnMeasure.blockSize })
        for range in ranges where !range.isEmpty {
            changed.formUnion((range.lowerBound / ColumnMeasure.blockSize)...((range.upperBound - 1) / ColumnMeasure.blockSize))
        }
        for block in changed where blocks.indices.contains(block) {
            let start = block * ColumnMeasure.blockSize
            blocks[block] = ColumnMeasure.measure(items, start..<min(items.count, start + ColumnMeasure.blockSize),
                                                  columns: columns, texts: texts)
        }
        self.init(blocks: blocks, widths: changed.isEmpty ? old.widths : ColumnMeasure.widest(blocks, columns: columns))
    }

    private init(blocks: [[Int]], widths: [Int]) {
        self.blocks = blocks
        self.widths = widths
    }

    private static func measure<Element>(_ items: ChunkedArray<Element>, _ range: Range<Int>, columns: Int,
                                         texts: (Element) -> [String]) -> [Int] {
        var widest = [Int](repeating: 0, count: columns)
        for index in range {
            for (column, text) in texts(items[index]).prefix(columns).enumerated() {
                widest[column] = max(widest[column], text.terminalWidth)
            }
        }
        return widest
    }

    private static func widest(_ blocks: [[Int]], columns: Int) -> [Int] {
        var widest = [Int](repeating: 0, count: columns)
        for block in blocks {
            for column in 0..<columns { widest[column] = max(widest[column], block[column]) }
        }
        return widest
    }
}
