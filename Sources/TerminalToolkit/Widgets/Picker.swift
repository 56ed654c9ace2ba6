/// A filterable list of names to pick one or several from, as a value the caller keeps
/// (like `TextInput`): typing narrows the list to the names containing what was typed
/// (case and spaces ignored), Backspace widens it again, Up/Down/PgUp/PgDn/Home/End move
/// the highlight, and Space ticks or unticks the highlighted name when several may be
/// picked. With one to pick, the highlighted name is the pick. The keys are those of
/// `PickerCommand.keyMap`; the caller handles Enter (accept), Esc and Tab.
///
/// Only names are shown: the caller maps the indexes picked back to whatever they stand for.
public struct Picker: Sendable {
    public let labels: [String]
    public let allowsSeveral: Bool
    /// What has been typed to narrow the list.
    public private(set) var filter = ""
    /// Indexes into `labels` of the names shown, in the labels' order.
    public private(set) var matches: [Int]
    /// The highlight, as an index into `matches`, and the list's scroll.
    public private(set) var list: ListState
    /// Ticked names (indexes into `labels`) when several may be picked.
    public private(set) var ticked: Set<Int>
    /// Rows of names shown, for PgUp/PgDn.
    public private(set) var visibleRows = 8
    /// Lower-cased names without spaces, matched against the filter.
    private let searchKeys: [String]

    /// - Parameters:
    ///   - picked: indexes into `labels` picked now: ticked when several may be picked, the
    ///     first highlighted.
    public init(labels: [String], picked: [Int] = [], allowsSeveral: Bool) {
        self.labels = labels
        self.allowsSeveral = allowsSeveral
        self.searchKeys = labels.map(Picker.searchKey)
        self.matches = Array(labels.indices)
        let valid = picked.filter { labels.indices.contains($0) }
        self.ticked = allowsSeveral ? Set(valid) : []
        self.list = ListState(selected: labels.isEmpty ? nil : (valid.first ?? 0))
    }

    /// The highlighted name, as an index into `labels`.
    public var highlighted: Int? {
        list.selected.flatMap { matches.indices.contains($0) ? matches[$0] : nil }
    }

    /// What is picked, as indexes into `labels` in their order: the ticked names, or the
    /// highlighted one when only one may be picked (none when nothing matches the filter).
    public var picked: [Int] {
        allowsSeveral ? ticked.sorted() : highlighted.map { [$0] } ?? []
    }

    public mutating func fit(visibleRows rows: Int) {
        visibleRows = max(1, rows)
        list.scrollToSelection(visibleRows: visibleRows, count: matches.count)
    }

    /// Applies one key; false for keys the picker does not use (Enter, Esc, Tab, ...).
    public mutating func handle(_ key: Key) -> Bool {
        if case .char(let character) = key, character != " " {
            guard !character.isTerminalControl else { return false }
            narrow(to: filter + String(character))
            return true
        }
        guard let command = PickerCommand.keyMap.command(for: key) else { return false }
        perform(command)
        return true
    }

    public mutating func perform(_ command: PickerCommand) {
        switch command {
        case .up: list.moveSelection(by: -1, count: matches.count)
        case .down: list.moveSelection(by: 1, count: matches.count)
        case .pageUp: list.moveSelection(by: -max(1, visibleRows - 1), count: matches.count)
        case .pageDown: list.moveSelection(by: max(1, visibleRows - 1), count: matches.count)
        case .first: list.selectFirst(count: matches.count)
        case .last: list.selectLast(count: matches.count)
        case .toggle:
            guard allowsSeveral, let index = highlighted else { return }
            if ticked.contains(index) { ticked.remove(index) } else { ticked.insert(index) }
        case .widen: narrow(to: String(filter.dropLast()))
        case .clearFilter: narrow(to: "")
        }
        list.scrollToSelection(visibleRows: visibleRows, count: matches.count)
    }

    /// Types text into the filter (spaces, line breaks and control characters are left out).
    public mutating func typeFilter(_ text: String) {
        narrow(to: filter + text.filter { !$0.isWhitespace && !$0.isTerminalControl })
    }

    /// Shows only the names containing `text`; the highlight stays on the same name when it
    /// still matches, otherwise it goes to the first match.
    private mutating func narrow(to text: String) {
        let current = highlighted
        filter = text
        let key = Picker.searchKey(text)
        matches = key.isEmpty ? Array(labels.indices) : labels.indices.filter { searchKeys[$0].contains(key) }
        let kept = current.flatMap { matches.firstIndex(of: $0) }
        list = ListState(selected: matches.isEmpty ? nil : (kept ?? 0))
        list.scrollToSelection(visibleRows: visibleRows, count: matches.count)
    }

    private static func searchKey(_ text: String) -> String {
        text.lowercased().filter { $0 != " " }
    }

    /// Draws the filter line ("Filter: ...", with how many are ticked) in the first row of
    /// `area` and the matching names below it in a `ListView`, ticked ones as "[x]".
    public func render(in area: Rect, buffer: inout Buffer, style: Style = .plain, filterStyle: Style = .underline,
                       selectedStyle: Style = .reverse, glyphs: Glyphs = .unicode) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: style)
        var status = filter.isEmpty ? "type to narrow" : "\(matches.count) of \(labels.count)"
        if allowsSeveral { status += " · \(ticked.count) ticked" }
        let statusWidth = min(status.terminalWidth, max(0, area.width / 2))
        let filterArea = Rect(x: area.x, y: area.y, width: max(0, area.width - statusWidth - 1), height: 1)
        let input = TextInput(filter)
        input.render(in: filterArea, buffer: &buffer, style: filterStyle, cursorStyle: filterStyle.patched(with: .reverse))
        buffer.write(status, in: Rect(x: area.right - statusWidth, y: area.y, width: statusWidth, height: 1), style: style,
                     alignment: .right)
        let listArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        guard !listArea.isEmpty else { return }
        let labels = labels, matches = matches, ticked = ticked, allowsSeveral = allowsSeveral
        var view = ListView(itemCount: matches.count, style: style, selectedStyle: selectedStyle) { row in
            let index = matches[row]
            return (allowsSeveral ? (ticked.contains(index) ? "[x] " : "[ ] ") : "") + labels[index]
        }
        view.glyphs = glyphs
        view.render(in: listArea, buffer: &buffer, state: list)
        if matches.isEmpty {
            buffer.write("nothing contains \"\(filter)\" (Backspace widens)", in: listArea.row(0), style: style)
        }
    }
}
