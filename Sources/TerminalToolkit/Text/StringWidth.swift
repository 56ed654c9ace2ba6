/// Horizontal placement of text within a wider space.
public enum TextAlignment: Hashable, Sendable {
    case left
    case center
    case right
}

extension String {
    /// The number of terminal columns the string takes (the sum of its graphemes'
    /// widths). Control characters count 1, as `Buffer` shows them as U+FFFD.
    public var terminalWidth: Int {
        var total = 0
        for character in self { total += character.terminalWidth }
        return total
    }

    /// The string cut to at most `width` columns. When it has to be cut, it ends with
    /// `ellipsis` (which is itself cut when `width` is smaller than the ellipsis).
    /// A wide character never straddles the limit: it is dropped whole.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if terminalWidth <= width { return self }
        let ellipsisWidth = ellipsis.terminalWidth
        if ellipsisWidth >= width { return ellipsis.prefix(columns: width) }
        return prefix(columns: width - ellipsisWidth) + ellipsis
    }

    /// The longest prefix that fits in `columns` columns.
    public func prefix(columns: Int) -> String {
        var result = ""
        var used = 0
        for character in self {
            let width = character.terminalWidth
            if used + width > columns { break }
            result.append(character)
            used += width
        }
        return result
    }

    /// The string truncated or padded with spaces to exactly `width` columns.
    public func padded(toWidth width: Int, alignment: TextAlignment = .left, ellipsis: String = "…") -> String {
        let fitted = truncated(toWidth: width, ellipsis: ellipsis)
        let gap = max(0, width - fitted.terminalWidth)
        switch alignment {
        case .left:
            return fitted + String(repeating: " ", count: gap)
        case .right:
            return String(repeating: " ", count: gap) + fitted
        case .center:
            let before = gap / 2
            return String(repeating: " ", count: before) + fitted + String(repeating: " ", count: gap - before)
        }
    }
}
