/// The F-key bar at the foot of the screen, htop's way: each key's name, then its label in
/// the label style. Labels are never cut. When the full bar does not fit, it gives way in
/// steps: the gaps between keys go ("F1Help F2Save" becomes "F1HelpF2Save"; the key names
/// still part the labels), then each run of keys of one group becomes one range
/// ("F5-F9Panes"), then keys are left out from the right, the last one (quit) kept longest.
public struct FunctionKeyBar {
    public var entries: [FunctionKeyEntry]
    public var keyStyle: Style
    public var labelStyle: Style

    public init(entries: [FunctionKeyEntry], keyStyle: Style = .bold, labelStyle: Style = .reverse) {
        self.entries = entries
        self.keyStyle = keyStyle
        self.labelStyle = labelStyle
    }

    /// One item as drawn: the key name (or a range of them) and the label; the key, when the
    /// item stands for one.
    public struct Item: Hashable, Sendable {
        public var keys: String
        public var label: String
        public var key: Key?
        var width: Int { keys.terminalWidth + label.terminalWidth }
    }

    /// The items and the gap between them that fit `width`, by the steps above.
    public func layout(width: Int) -> (items: [Item], gap: Int) {
        let full = entries.map { Item(keys: $0.key.displayName, label: $0.label, key: $0.key) }
        for items in [full, grouped()] {
            for gap in [1, 0] where Self.width(of: items, gap: gap) <= width { return (items, gap) }
        }
        var items = grouped()
        while items.count > 1, Self.width(of: items, gap: 0) > width { items.remove(at: items.count - 2) }
        return (Self.width(of: items, gap: 0) <= width ? items : [], 0)
    }

    static func width(of items: [Item], gap: Int) -> Int {
        items.map(\.width).reduce(0, +) + gap * max(0, items.count - 1)
    }

    /// Runs of two or more keys of one group as one item: "F5-F9" and the group's name.
    func grouped() -> [Item] {
        var items: [Item] = []
        var index = entries.startIndex
        while index < entries.endIndex {
            let entry = entries[index]
            var end = index + 1
            if let group = entry.group {
                while end < entries.endIndex, entries[end].group == group { end += 1 }
            }
            if end - index > 1, let group = entry.group {
                items.append(Item(keys: "\(entry.key.displayName)-\(entries[end - 1].key.displayName)", label: group, key: nil))
            } else {
                items.append(Item(keys: entry.key.displayName, label: entry.label, key: entry.key))
            }
            index = end
        }
        return items
    }

    /// The key whose item (its name or its label) is drawn at column `x` of the bar as `render`
    /// draws it in `area`, for a mouse click; nil between items and on a range of keys
    /// ("F5-F9Panes" stands for several).
    public func key(atColumn x: Int, in area: Rect) -> Key? {
        let (items, gap) = layout(width: area.width)
        var left = area.x
        for (index, item) in items.enumerated() {
            if index > 0 { left += gap }
            if x >= left && x < left + item.width { return item.key }
            left += item.width
        }
        return nil
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let line = area.row(0)
        let (items, gap) = layout(width: line.width)
        var x = line.x
        for (index, item) in items.enumerated() {
            if index > 0 { x += gap }
            x = buffer.write(item.keys, x: x, y: line.y, style: keyStyle, clip: line)
            x = buffer.write(item.label, x: x, y: line.y, style: labelStyle, clip: line)
        }
    }
}
