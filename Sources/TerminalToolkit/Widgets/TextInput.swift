/// A single-line text field as a value: the text, a cursor, and the usual editing
/// keys (readline/Emacs style, as in bash):
///
/// Left/Right, Home/End (also Ctrl-A/Ctrl-E), Backspace, Delete, Ctrl-U (delete to
/// start), Ctrl-K (delete to end), Ctrl-W (delete the word before the cursor), and
/// printable characters, which are inserted at the cursor.
public struct TextInput: Hashable, Sendable {
    private var characters: [Character]
    /// The cursor, as a grapheme index from 0 (before the first) to `count` (after the last).
    public private(set) var cursor: Int
    /// Longest text accepted, in graphemes; nil for no limit.
    public var maxLength: Int?

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
        }
    }

    public var isEmpty: Bool { characters.isEmpty }

    /// Puts the cursor at a grapheme index, clamped to the text.
    public mutating func moveCursor(to index: Int) {
        cursor = min(max(index, 0), characters.count)
    }

    /// Applies one key. Returns true when the key is an editing key (even if nothing
    /// changed, e.g. Backspace at the start), false for keys the field does not use
    /// (Enter, Esc, Tab, Up...), which the caller then handles.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"):
            cursor = 0
        case .end, .ctrl("e"):
            cursor = characters.count
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete, .ctrl("d"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .ctrl("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .ctrl("k"):
            characters.removeSubrange(cursor..<characters.count)
        case .ctrl("w"):
            deleteWordBeforeCursor()
        case .char(let character):
            guard !character.isTerminalControl else { return false }
            insert(character)
        default:
            return false
        }
        return true
    }

    /// Inserts text at the cursor (control characters are dropped).
    public mutating func insert(_ text: String) {
        for character in text where !character.isTerminalControl { insert(character) }
    }

    private mutating func insert(_ character: Character) {
        if let maxLength, characters.count >= maxLength { return }
        characters.insert(character, at: cursor)
        cursor += 1
    }

    /// Deletes back to the start of the word before the cursor, like Ctrl-W in bash:
    /// first any spaces, then the non-space run.
    private mutating func deleteWordBeforeCursor() {
        var start = cursor
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
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
    /// `cursorStyle` (so it is visible even where the terminal cursor is hidden).
    public func render(in area: Rect, buffer: inout Buffer, style: Style = .underline,
                       cursorStyle: Style = .reverse, focused: Bool = true) {
        guard !area.isEmpty else { return }
        let line = area.row(0)
        buffer.fill(line, style: style)
        let start = scrollStart(width: line.width)
        var x = line.x
        var cursorX = line.x
        for index in start..<characters.count {
            if index == cursor { cursorX = x }
            let next = buffer.write(String(characters[index]), x: x, y: line.y, style: style, clip: line)
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
