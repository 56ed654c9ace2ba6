extension Buffer {
    /// Writes text on one row, grapheme by grapheme, measuring display width (never
    /// `String.count`). Starts at column `x` of row `y` and stops at `clip`'s right
    /// edge (or the buffer's). Graphemes left of `clip` are skipped, so text can be
    /// scrolled in from the left. Control characters show in their visible form
    /// (`TerminalText`: ESC as `^[`; a tab as a space); zero-width graphemes are dropped. A wide grapheme that does not fit in
    /// the last column becomes a space.
    ///
    /// - Returns: the column after the last one written (useful for chaining).
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let bounds = (clip ?? area).intersection(area)
        guard y >= bounds.y, y < bounds.bottom else { return x }
        if let column = writePrintableASCII(text, x: x, y: y, style: style, bounds: bounds) { return column }
        var column = x
        for character in text {
            if column >= bounds.right { break }
            let columns = character.terminalWidth
            if columns == 0 { continue }
            if column < bounds.x {
                // Partly left of the clip: a wide grapheme cut in half leaves a space.
                if column + columns > bounds.x {
                    set(" ", x: bounds.x, y: y, style: style, limit: bounds.right)
                }
                column += columns
                continue
            }
            column += max(1, set(character, x: column, y: y, style: style, limit: bounds.right))
        }
        return column
    }

    /// `write(_:x:y:style:clip:)` for text of printable ASCII only (nil for any other text):
    /// every byte is then one grapheme one column wide, so the bytes are placed directly,
    /// without breaking the text into graphemes and measuring each.
    private mutating func writePrintableASCII(_ text: String, x: Int, y: Int, style: Style, bounds: Rect) -> Int? {
        guard text.printableASCIIWidth != nil else { return nil }
        var column = x
        for byte in text.utf8 {
            if column >= bounds.right { break }
            if column >= bounds.x {
                setPrintableASCII(byte, x: column, y: y, style: style, limit: bounds.right)
            }
            column += 1
        }
        return column
    }

    /// Writes text in `area`'s first row, cut to the area's width with an ellipsis
    /// when too long, aligned within the width. The rest of the row is not touched.
    @discardableResult
    public mutating func write(_ text: String, in area: Rect, style: Style = .plain,
                               alignment: TextAlignment = .left, ellipsis: String = "…") -> Int {
        guard !area.isEmpty else { return area.x }
        let fitted = text.truncated(toWidth: area.width, ellipsis: ellipsis)
        let gap = area.width - fitted.terminalWidth
        let start: Int
        switch alignment {
        case .left: start = area.x
        case .right: start = area.x + gap
        case .center: start = area.x + gap / 2
        }
        return write(fitted, x: start, y: area.y, style: style, clip: area)
    }

    /// Writes a sequence of styled spans one after another on one row.
    @discardableResult
    public mutating func write(spans: [Span], x: Int, y: Int, clip: Rect? = nil) -> Int {
        var column = x
        for span in spans {
            column = write(span.text, x: column, y: y, style: span.style, clip: clip)
        }
        return column
    }
}
