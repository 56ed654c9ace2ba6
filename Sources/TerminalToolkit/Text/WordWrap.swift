/// Breaks text into lines of at most a given display width.
public enum WordWrap {
    /// Wraps at spaces; words longer than the width are broken. Each "\n" starts a new
    /// line (an empty line for "\n\n"). Runs of spaces between words collapse to one at
    /// a break; leading spaces of a paragraph are kept (indentation).
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        // A line that fits as it is (its bytes are at least its columns) and that wrapping would
        // not change (no control character, no run of spaces, no trailing space) is its own wrapping.
        if text.utf8.count <= width && isPlainLine(text) { return [text] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(contentsOf: wrapParagraph(String(paragraph), width: width))
        }
        return lines
    }

    static func isPlainLine(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F || (byte == 0x20 && previous == 0x20) { return false }
            previous = byte
        }
        return previous != 0x20
    }

    private static func wrapParagraph(_ paragraph: String, width: Int) -> [String] {
        let indentation = String(paragraph.prefix(while: { $0 == " " }))
        let words = paragraph.split(separator: " ", omittingEmptySubsequences: true)
        guard !words.isEmpty else { return [""] }
        var lines: [String] = []
        var line = indentation.prefix(columns: width - 1)
        var lineWidth = line.terminalWidth
        var lineHasWord = false
        for word in words {
            var remaining = String(word)
            var wordWidth = remaining.terminalWidth
            let gap = lineHasWord ? 1 : 0
            if lineWidth + gap + wordWidth <= width {
                line += (lineHasWord ? " " : "") + remaining
                lineWidth += gap + wordWidth
                lineHasWord = true
                continue
            }
            if lineHasWord {
                lines.append(line)
                line = ""
                lineWidth = 0
                lineHasWord = false
            }
            while wordWidth > width - lineWidth {
                let piece = remaining.prefix(columns: width - lineWidth)
                if piece.isEmpty {
                    if lineWidth == 0 { break } // one grapheme wider than the whole width
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                    continue
                }
                lines.append(line + piece)
                remaining = String(remaining.dropFirst(piece.count))
                wordWidth = remaining.terminalWidth
                line = ""
                lineWidth = 0
            }
            line += remaining
            lineWidth += wordWidth
            lineHasWord = !remaining.isEmpty
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines
    }
}
