import ReviewModel
import TerminalToolkit

/// The widest text in each column of a list of items, for `TableColumn.contentWidth`.
///
/// Measured when the list changes, never per frame. Widths are kept per block of 256 items,
/// so after an edit only the items it changed, or the blocks it touched, are measured again
/// (`ChunkedArray` says which); an insertion or removal measures everything once.
struct ColumnMeasure: Sendable {
    static let blockSize = 256
    /// Up to this many items edited in place are measured one by one rather than by block.
    static let fewItems = 16
    /// The widest text per column, over the whole list.
    private(set) var widths: [Int]
    private var blocks: [[Int]]

    init<Element>(_ items: ChunkedArray<Element>, columns: Int, texts: (Element) -> [String]) {
        blocks = stride(from: 0, to: items.count, by: ColumnMeasure.blockSize).map { start in
            ColumnMeasure.measure(items, start..<min(items.count, start + ColumnMeasure.blockSize), columns: columns, texts: texts)
        }
        widths = ColumnMeasure.widest(blocks, columns: columns)
    }

    /// The widths for `items`, from those of `oldItems`. An edit in place of a few items measures
    /// just those items, old and new: a wider text widens its block, and only a block whose
    /// widest text got narrower is measured again. Any other change measures the blocks it
    /// touched (`ChunkedArray` says which). `retexted` are items whose texts changed though the
    /// items did not (an action whose linked item was renamed); `textsBefore` gives an item's
    /// texts as they were (by default `texts`, when they depend on the item alone).
    init<Element: Equatable>(_ items: ChunkedArray<Element>, updating old: ColumnMeasure, from oldItems: ChunkedArray<Element>,
                             retexted: [Int] = [], columns: Int, texts: (Element) -> [String],
                             textsBefore: ((Element) -> [String])? = nil) {
        guard let ranges = items.unsharedRanges(comparedTo: oldItems), old.widths.count == columns else {
            self.init(items, columns: columns, texts: texts)
            return
        }
        var blocks = old.blocks
        var changed = Set<Int>()
        var edited = Set(retexted)
        if !ranges.isEmpty, let splice = items.splice(from: oldItems) {
            if splice.removing == splice.inserting && splice.inserting <= ColumnMeasure.fewItems {
                edited.formUnion(splice.at..<(splice.at + splice.inserting))
            } else {
                for range in ranges where !range.isEmpty {
                    changed.formUnion((range.lowerBound / ColumnMeasure.blockSize)...((range.upperBound - 1) / ColumnMeasure.blockSize))
                }
            }
        }
        var widened = false
        for index in edited where items.indices.contains(index) {
            let block = index / ColumnMeasure.blockSize
            guard blocks.indices.contains(block), !changed.contains(block) else { continue }
            let after = texts(items[index])
            let before = textsBefore.map { $0(oldItems[index]) } ?? texts(oldItems[index])
            for column in 0..<columns {
                let width = after.indices.contains(column) ? after[column].terminalWidth : 0
                let was = before.indices.contains(column) ? before[column].terminalWidth : 0
                if width > blocks[block][column] {
                    blocks[block][column] = width
                    widened = true
                } else if width < was && was == blocks[block][column] {
                    changed.insert(block)
                }
            }
        }
        for block in changed where blocks.indices.contains(block) {
            let start = block * ColumnMeasure.blockSize
            blocks[block] = ColumnMeasure.measure(items, start..<min(items.count, start + ColumnMeasure.blockSize),
                                                  columns: columns, texts: texts)
        }
        self.init(blocks: blocks, widths: changed.isEmpty && !widened ? old.widths : ColumnMeasure.widest(blocks, columns: columns))
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
