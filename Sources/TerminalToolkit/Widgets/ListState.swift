/// The selection and scroll position of a list or table, kept by the caller between
/// frames (widgets themselves are rebuilt every frame).
public struct ListState: Hashable, Sendable {
    /// The selected row, or nil for none.
    public var selected: Int?
    /// The first visible row.
    public var offset: Int

    public init(selected: Int? = nil, offset: Int = 0) {
        self.selected = selected
        self.offset = max(0, offset)
    }

    /// Moves the selection by `delta` rows within `0..<count` (stops at the ends).
    /// With nothing selected, the first move selects the first row.
    public mutating func moveSelection(by delta: Int, count: Int) {
        guard count > 0 else {
            selected = nil
            return
        }
        guard let current = selected else {
            selected = 0
            return
        }
        selected = min(max(current + delta, 0), count - 1)
    }

    public mutating func selectFirst(count: Int) { selected = count > 0 ? 0 : nil }
    public mutating func selectLast(count: Int) { selected = count > 0 ? count - 1 : nil }

    /// Keeps the selection and offset valid after the number of rows changed.
    public mutating func clamp(count: Int) {
        if let current = selected {
            selected = count > 0 ? min(current, count - 1) : nil
        }
        offset = min(offset, max(0, count - 1))
    }

    /// Scrolls as little as possible so the selected row is among `visibleRows` rows,
    /// and never past the end of the list.
    public mutating func scrollToSelection(visibleRows: Int, count: Int) {
        guard visibleRows > 0 else { return }
        offset = min(offset, max(0, count - visibleRows))
        guard let selected else { return }
        if selected < offset {
            offset = selected
        } else if selected >= offset + visibleRows {
            offset = selected - visibleRows + 1
        }
        offset = max(0, offset)
    }

    /// The state as it will be drawn with `visibleRows` rows.
    public func scrolledToSelection(visibleRows: Int, count: Int) -> ListState {
        var copy = self
        copy.scrollToSelection(visibleRows: visibleRows, count: count)
        return copy
    }
}
