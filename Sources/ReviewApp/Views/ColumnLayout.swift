import TerminalToolkit

/// Lays out columns across a width: fixed columns first, the `flexible` one takes the rest.
enum ColumnLayout {
    static func widths(total: Int, fixed: [Int?], spacing: Int = 1) -> [Int] {
        let used = fixed.compactMap { $0 }.reduce(0, +) + spacing * max(0, fixed.count - 1)
        let flexibleCount = fixed.filter { $0 == nil }.count
        let remaining = max(0, total - used)
        let each = flexibleCount == 0 ? 0 : remaining / flexibleCount
        return fixed.map { $0 ?? max(4, each) }
    }

    /// Writes cells in columns on one row, each cut with an ellipsis to its width.
    static func writeRow(_ cells: [(String, Style)], widths: [Int], alignments: [TextAlignment] = [], x: Int, y: Int,
                         clip: Rect, buffer: inout Buffer, spacing: Int = 1) {
        var column = x
        for (index, cell) in cells.enumerated() where index < widths.count {
            let width = min(widths[index], max(0, clip.right - column))
            if width <= 0 { break }
            let alignment = index < alignments.count ? alignments[index] : .left
            buffer.write(cell.0, in: Rect(x: column, y: y, width: width, height: 1), style: cell.1, alignment: alignment)
            column += widths[index] + spacing
        }
    }
}
