/// Places a table's columns across a width: see `TableColumn` for the rules.
public enum ColumnWidths {
    /// Places `columns` (indices `shown`, in order) in `available` columns with `spacing`
    /// between them. `measured` gives the content width of a column whose `contentWidth` is nil.
    public static func place(_ columns: [TableColumn], shown: [Int], available: Int, spacing: Int,
                             measured: (Int) -> Int = { _ in 0 }) -> [ColumnPlacement] {
        var kept: [(column: Int, width: Int, wanted: Int)] = []
        for index in shown {
            let column = columns[index]
            let content = column.contentWidth ?? measured(index)
            if content == 0 && !column.keepsWhenEmpty { continue }
            let wanted = column.clampedWidth(max(content, column.title.terminalWidth))
            kept.append((index, max(1, min(column.minWidth, wanted)), wanted))
        }
        func used() -> Int { kept.reduce(0) { $0 + $1.width } + spacing * max(0, kept.count - 1) }
        // Too narrow for every minimum: leave out the least important (the rightmost among equals).
        while !kept.isEmpty && used() > available {
            let lowest = kept.indices.min { a, b in
                columns[kept[a].column].priority < columns[kept[b].column].priority
                    || (columns[kept[a].column].priority == columns[kept[b].column].priority && a > b)
            } ?? kept.count - 1
            kept.remove(at: lowest)
        }
        var spare = available - used()
        // Spare width goes to the columns that are cut, level by level (the narrowest wants are met
        // first), higher priority first within a level.
        let order = kept.indices.sorted { columns[kept[$0].column].priority > columns[kept[$1].column].priority }
        while spare > 0 {
            let cut = order.filter { kept[$0].width < kept[$0].wanted }
            guard !cut.isEmpty else { break }
            let share = max(1, spare / cut.count)
            for index in cut where spare > 0 {
                let extra = min(share, kept[index].wanted - kept[index].width, spare)
                kept[index].width += extra
                spare -= extra
            }
        }
        let fillers = order.filter { columns[kept[$0].column].fills }
        if spare > 0 && !fillers.isEmpty {
            let share = spare / fillers.count
            for (position, index) in fillers.enumerated() {
                kept[index].width += share + (position < spare % fillers.count ? 1 : 0)
            }
        }
        var x = 0
        return kept.map { entry in
            defer { x += entry.width + spacing }
            return ColumnPlacement(column: entry.column, x: x, width: entry.width)
        }
    }
}
