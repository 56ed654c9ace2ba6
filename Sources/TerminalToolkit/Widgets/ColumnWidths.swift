/// Places a table's columns across a width: see `TableColumn` for the rules.
public enum ColumnWidths {
    /// The width each column asks for (its content or title, within its limits), or nil for an
    /// empty column that gives its place up. Worked out once per frame and shared by every
    /// placement `Table` tries while it scrolls sideways.
    public static func wanted(_ columns: [TableColumn], measured: (Int) -> Int = { _ in 0 }) -> [Int?] {
        columns.indices.map { index in
            let column = columns[index]
            let content = column.contentWidth ?? measured(index)
            if content == 0 && !column.keepsWhenEmpty { return nil }
            return column.clampedWidth(max(content, column.title.terminalWidth))
        }
    }

    /// Places `columns` (indices `shown`, in order) in `available` columns with `spacing`
    /// between them; `wanted` is `wanted(columns, measured:)`.
    public static func place(_ columns: [TableColumn], wanted: [Int?], shown: [Int], available: Int,
                             spacing: Int) -> [ColumnPlacement] {
        var kept: [(column: Int, width: Int, wanted: Int)] = []
        kept.reserveCapacity(shown.count)
        for index in shown {
            guard wanted.indices.contains(index), let wants = wanted[index] else { continue }
            kept.append((index, max(1, min(columns[index].minWidth, wants)), wants))
        }
        var used = kept.reduce(0) { $0 + $1.width } + spacing * max(0, kept.count - 1)
        // Too narrow for every minimum: leave out the least important (the rightmost among
        // equals) until the rest fit.
        if used > available {
            let dropOrder = kept.indices.sorted { a, b in
                let (pa, pb) = (columns[kept[a].column].priority, columns[kept[b].column].priority)
                return pa < pb || (pa == pb && a > b)
            }
            var dropped = [Bool](repeating: false, count: kept.count)
            var remaining = kept.count
            for index in dropOrder where used > available {
                dropped[index] = true
                remaining -= 1
                used -= kept[index].width + (remaining > 0 ? spacing : 0)
            }
            kept = kept.indices.filter { !dropped[$0] }.map { kept[$0] }
        }
        var spare = available - used
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
