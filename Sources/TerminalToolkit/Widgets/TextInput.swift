/// A single-line text field as a value: the text, a cursor, and the editing keys of
/// `TextEditCommand.keyMap` (readline/Emacs style, as in bash): Left/Right, word-wise with
/// Ctrl/Alt-arrows or Alt-b/Alt-f, Home/End (also Ctrl-A/Ctrl-E), Backspace, Delete,
/// Ctrl-U (delete to start), Ctrl-K (delete to end), Ctrl-W (delete the word before the
/// cursor), Alt-a (select all), and printable characters, which are inserted at the cursor.
///
/// Typing never replaces the text unless it is selected (`selectAll()`): then the next
/// character or paste replaces it, Backspace or Delete clear it and a cursor move keeps it.
public struct TextInput: TextEditing, Hashable, Sendable {
    public static let editsLines = false

    private var characters: [Character]
    /// The cursor, as a grapheme index from 0 (before the first) to `count` (after the last).
    public private(set) var cursor: Int
    /// Longest text accepted, in graphemes; nil for no limit.
    public var maxLength: Int?
    /// The whole text is selected: what is typed next replaces it.
    public private(set) var isAllSelected = false

    public init(_ text: String = "", maxLength: Int? = nil) {
        self.characters = Array(text)
        self.cursor = characters.count
        self.maxLength = maxLength
    }

    public var text: String {
        get { String(characters) }
        set {
            characters = Array(newValue)
            cursor = characters.count
            isAllSelected = false
        }
    }

    public var isEmpty: Bool { characters.isEmpty }

    /// Selects the whole text (when there is any): the next typed character replaces it.
    public mutating func selectAll() {
        isAllSelected = !characters.isEmpty
    }

    /// Does one editing command (multi-line commands do nothing in one line).
    public mutating func perform(_ command: TextEditCommand) {
        if isAllSelected {
            isAllSelected = false
            switch command {
            case .deleteBackward, .deleteForward, .deleteToLineStart, .deleteToLineEnd, .deleteWordBackward:
                characters = []
                cursor = 0
                return
            default: break
            }
        }
        switch command {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .wordLeft: cursor = WordBoundary.previous(in: characters, from: cursor)
        case .wordRight: cursor = WordBoundary.next(in: characters, from: cursor)
        case .lineStart, .textStart: cursor = 0
        case .lineEnd, .textEnd: cursor = characters.count
        case .deleteBackward:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .deleteForward:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .deleteToLineStart:
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .deleteToLineEnd:
            characters.removeSubrange(cursor..<characters.count)
        case .deleteWordBackward:
            let start = WordBoundary.previousSpaceSeparated(in: characters, from: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .selectAll: selectAll()
        case .newLine, .lineUp, .lineDown, .pageUp, .pageDown: break
        }
    }

    /// Inserts text at the cursor (control characters are dropped); replaces the text when
    /// it is all selected.
    public mutating func insert(_ text: String) {
        if isAllSelected {
            isAllSelected = false
            characters = []
            cursor = 0
        }
        var added = text.filter { !$0.isTerminalControl }
        if let maxLength { added = String(added.prefix(max(0, maxLength - characters.count))) }
        characters.insert(contentsOf: added, at: cursor)
        cursor += added.count
    }

    /// The first grapheme shown when the field is `width` columns wide: 0 when the
    /// text up to the cursor fits, otherwise the latest start that keeps the cursor
    /// (and one cell for it) in view. Measured in display columns, so wide
    /// characters scroll correctly.
    public func scrollStart(width: Int) -> Int {
        guard width > 1 else { return cursor }
        var used = 1 // the cursor cell
        var start = cursor
        while start > 0 {
            let next = characters[start - 1].terminalWidth
            if used + next > width { break }
            used += next
            start -= 1
        }
        return start
    }

    /// Draws the visible part of the text in the first row of `area` and, when
    /// `focused`, sets `buffer.cursorPosition` and shows the cursor cell in
    /// `cursorStyle` (so it is visible even where the terminal cursor is hidden). Selected
    /// text is drawn in `selectedStyle`.
    public func render(in area: Rect, buffer: inout Buffer, style: Style = .underline,
                       cursorStyle: Style = .reverse, selectedStyle: Style = .reverse, focused: Bool = true) {
        guard !area.isEmpty else { return }
        let line = area.row(0)
        buffer.fill(line, style: style)
        let start = scrollStart(width: line.width)
        var x = line.x
        var cursorX = line.x
        let textStyle = isAllSelected ? style.patched(with: selectedStyle) : style
        for index in start..<characters.count {
            if index == cursor { cursorX = x }
            let next = buffer.write(String(characters[index]), x: x, y: line.y, style: textStyle, clip: line)
            if next == x && characters[index].terminalWidth > 0 { break }
            x = next
            if x >= line.right { break }
        }
        if cursor == characters.count { cursorX = x }
        guard focused, cursorX < line.right else { return }
        buffer.cursorPosition = Point(x: cursorX, y: line.y)
        buffer.patchStyle(cursorStyle, in: Rect(x: cursorX, y: line.y, width: 1, height: 1))
    }
}
