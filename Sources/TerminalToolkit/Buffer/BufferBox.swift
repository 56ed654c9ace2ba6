extension Buffer {
    /// Draws a border around `area` with an optional title in the top edge, and
    /// returns the inner rectangle. Areas smaller than 2x2 get no border.
    @discardableResult
    public mutating func drawBox(_ area: Rect, title: String? = nil, style: Style = .plain,
                                 titleStyle: Style? = nil, glyphs: Glyphs = .unicode) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return area }
        let top = area.y
        let bottom = area.bottom - 1
        let left = area.x
        let right = area.right - 1
        for x in (left + 1)..<right {
            set(glyphs.horizontal, x: x, y: top, style: style)
            set(glyphs.horizontal, x: x, y: bottom, style: style)
        }
        for y in (top + 1)..<bottom {
            set(glyphs.vertical, x: left, y: y, style: style)
            set(glyphs.vertical, x: right, y: y, style: style)
        }
        set(glyphs.topLeft, x: left, y: top, style: style)
        set(glyphs.topRight, x: right, y: top, style: style)
        set(glyphs.bottomLeft, x: left, y: bottom, style: style)
        set(glyphs.bottomRight, x: right, y: bottom, style: style)
        if let title, !title.isEmpty, area.width > 4 {
            let titleArea = Rect(x: left + 1, y: top, width: area.width - 2, height: 1)
            let label = " " + title.truncated(toWidth: area.width - 4, ellipsis: glyphs.ellipsis) + " "
            write(label, x: titleArea.x, y: top, style: titleStyle ?? style, clip: titleArea)
        }
        return area.inset(by: 1)
    }
}
