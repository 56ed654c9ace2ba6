extension Buffer {
    /// Marks every place `needle` appears (ignoring case) in the rows of `area`: the cells of
    /// each match have reverse video switched (so a match on a reversed, selected row shows
    /// un-reversed) and are underlined, a mark that needs no colour. Used for search hits, as
    /// `less` and vim mark theirs; a match must lie within one row. Returns the matches marked.
    @discardableResult
    public mutating func highlightMatches(of needle: String, in area: Rect) -> Int {
        let pattern = needle.map(Buffer.folded)
        let clipped = area.intersection(self.area)
        guard !pattern.isEmpty, !clipped.isEmpty else { return 0 }
        var marked = 0
        var row: [(x: Int, grapheme: Character)] = []
        for y in clipped.y..<clipped.bottom {
            row.removeAll(keepingCapacity: true)
            for x in clipped.x..<clipped.right where !cells[y * width + x].isContinuation {
                row.append((x, Buffer.folded(cells[y * width + x].grapheme)))
            }
            var start = 0
            while start + pattern.count <= row.count {
                var matched = 0
                while matched < pattern.count && row[start + matched].grapheme == pattern[matched] { matched += 1 }
                guard matched == pattern.count else {
                    start += 1
                    continue
                }
                let lastCell = row[start + matched - 1]
                let end = lastCell.x + max(1, lastCell.grapheme.terminalWidth)
                for x in row[start].x..<min(end, clipped.right) {
                    var style = cells[y * width + x].style
                    style.attributes.formSymmetricDifference(.reverse)
                    style.attributes.insert(.underline)
                    cells[y * width + x].style = style
                }
                marked += 1
                start += matched
            }
        }
        return marked
    }

    /// A grapheme in lower case when that is one grapheme (ASCII without allocating).
    private static func folded(_ grapheme: Character) -> Character {
        if let ascii = grapheme.asciiValue {
            return ascii >= 0x41 && ascii <= 0x5A ? Character(Unicode.Scalar(ascii | 0x20)) : grapheme
        }
        let lowered = grapheme.lowercased()
        return lowered.count == 1 ? Character(lowered) : grapheme
    }
}
