import TerminalToolkit

/// A screen as text plus its style runs, so a lost highlight, a wrong RAG colour or a
/// missing overdue mark shows up in a snapshot diff.
///
/// The text part is `Buffer.lines()` (trailing spaces trimmed). Below it, under a
/// `--- styles` line, each run of cells on one row that share a style other than the
/// terminal's default is one line: `row 3 cols 2-40: fg cyan reverse` (columns are
/// display columns, both ends included).
public enum StyledSnapshot {
    public static func text(of buffer: Buffer, theme: String) -> String {
        var lines = buffer.lines()
        lines.append("--- styles (\(theme) theme)")
        lines.append(contentsOf: runs(in: buffer))
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line per run of same-styled, non-plain cells.
    public static func runs(in buffer: Buffer) -> [String] {
        var result: [String] = []
        for y in 0..<buffer.height {
            var x = 0
            while x < buffer.width {
                let style = buffer[x, y].style
                var end = x
                while end + 1 < buffer.width, buffer[end + 1, y].style == style { end += 1 }
                if style != .plain {
                    result.append("row \(y) cols \(x)-\(end): \(describe(style))")
                }
                x = end + 1
            }
        }
        return result
    }

    /// "fg red bg white bold reverse"; colours left at the default are not named.
    public static func describe(_ style: Style) -> String {
        var words: [String] = []
        if style.foreground != .default { words.append("fg " + name(style.foreground)) }
        if style.background != .default { words.append("bg " + name(style.background)) }
        if style.attributes.contains(.bold) { words.append("bold") }
        if style.attributes.contains(.reverse) { words.append("reverse") }
        if style.attributes.contains(.underline) { words.append("underline") }
        if style.attributes.contains(.dim) { words.append("dim") }
        return words.joined(separator: " ")
    }

    static func name(_ color: TerminalColor) -> String {
        switch color {
        case .default: return "default"
        case .black: return "black"
        case .red: return "red"
        case .green: return "green"
        case .yellow: return "yellow"
        case .blue: return "blue"
        case .magenta: return "magenta"
        case .cyan: return "cyan"
        case .white: return "white"
        case .indexed(let index): return "colour\(index)"
        }
    }
}
