/// Where a scrolled list is, drawn in a column reserved for it (never over data): an
/// arrow at the top when there is more above, at the bottom when there is more below,
/// and a thumb between for the part on screen.
public struct ScrollGutter: Sendable {
    public var offset: Int
    public var visible: Int
    public var count: Int

    public init(offset: Int, visible: Int, count: Int) {
        self.offset = max(0, offset)
        self.visible = max(0, visible)
        self.count = max(0, count)
    }

    /// True when the rows do not all fit, so the gutter is needed.
    public var isNeeded: Bool { count > visible }
    public var hiddenAbove: Int { min(offset, count) }
    public var hiddenBelow: Int { max(0, count - offset - visible) }

    /// "12-24 of 45" (first and last row on screen, counted from 1), for a title or border.
    public var positionText: String {
        guard count > 0 else { return "0 of 0" }
        let last = min(count, offset + visible)
        return "\(min(offset + 1, last))-\(last) of \(count)"
    }

    /// Draws the gutter in a one-column `area` (its height is the rows on screen).
    public func render(in area: Rect, buffer: inout Buffer, style: Style = .plain, glyphs: Glyphs = .unicode) {
        guard !area.isEmpty, isNeeded else { return }
        let height = area.height
        buffer.fill(area, style: style)
        // The thumb: the share of the track that the rows on screen are of all rows.
        let track = max(1, height - 2)
        let thumbLength = max(1, min(track, track * visible / max(1, count)))
        let hidden = count - visible
        let thumbStart = hidden > 0 ? min(track - thumbLength, ((track - thumbLength) * offset + hidden / 2) / hidden) : 0
        for row in 0..<height {
            let y = area.y + row
            if row == 0 && hiddenAbove > 0 {
                buffer.set(glyphs.moreAbove, x: area.x, y: y, style: style)
            } else if row == height - 1 && hiddenBelow > 0 {
                buffer.set(glyphs.moreBelow, x: area.x, y: y, style: style)
            } else if height >= 3, row >= 1, row <= height - 2 {
                let inThumb = (row - 1) >= thumbStart && (row - 1) < thumbStart + thumbLength
                buffer.set(inThumb ? glyphs.scrollThumb : glyphs.vertical, x: area.x, y: y, style: style)
            }
        }
    }
}
