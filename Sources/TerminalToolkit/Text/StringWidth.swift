extension String {
    /// The number of terminal columns the string takes (the sum of its graphemes'
    /// widths). A control character counts the width of the visible
    /// form `Buffer` shows for it (`TerminalText`).
    public var terminalWidth: Int {
        if let width = printableASCIIWidth { return width }
        var total = 0
        for character in self { total += character.terminalWidth }
        return total
    }

    /// The byte count when every byte is a printable ASCII character (space to tilde): each is
    /// then one grapheme one column wide. Nil otherwise (the caller measures grapheme by grapheme).
    var printableASCIIWidth: Int? {
        let answer = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            for byte in bytes where byte < 0x20 || byte > 0x7E { return nil }
            return bytes.count
        }
        return answer ?? nil
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
        if let width = printableASCIIWidth {
            // One column per byte: the first `columns` bytes.
            guard width > columns else { return self }
            return String(decoding: self.utf8.prefix(max(0, columns)), as: UTF8.self)
        }
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
