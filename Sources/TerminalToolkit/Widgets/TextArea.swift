/// A multi-line text editor as a value: the text (line breaks as "\n"), a cursor, the
/// rows it wraps into, and the editing keys of `TextEditCommand.keyMap`: everything a
/// `TextInput` does, plus Enter for a new line at the cursor, Up/Down (Ctrl-P/Ctrl-N) by
/// row, PgUp/PgDn by a page, Ctrl-Home/Ctrl-End to the ends of the text. Home/End go to
/// the ends of the row shown; Ctrl-U/Ctrl-K delete to the ends of the line (up to its line
/// breaks). Tab is not taken: the caller moves on to the next field.
///
/// Text is wrapped at spaces to the width it is shown at (`fit(to:)`, which the owner calls
/// with the size `render` will get), every character kept: a space at a break stays at the
/// end of its row. Inserted tabs become spaces up to the next multiple of `tabWidth`
/// columns, as a terminal shows them; a carriage return, alone or before a line feed, is
/// one line break; other control characters are dropped.
public struct TextArea: TextEditing, Hashable, Sendable {
    public static let editsLines = true

    /// Columns between tab stops when an inserted tab becomes spaces.
    public static let tabWidth = 4

    private var characters: [Character]
    /// The cursor, as a grapheme index from 0 to the text's length.
    public private(set) var cursor: Int
    /// The whole text is selected: what is typed next replaces it.
    public private(set) var isAllSelected = false
    /// The first row shown.
    public private(set) var scrollOffset = 0
    /// Columns the text wraps at (the area's width less the scroll gutter).
    public private(set) var wrapWidth: Int
    /// Rows shown.
    public private(set) var visibleRows: Int
    /// The column Up and Down aim for, kept across rows shorter than it.
    private var goalColumn: Int?

    /// A text area showing `text` with the cursor at its end, in an area of `size` (including
    /// the one-column scroll gutter).
    public init(_ text: String = "", size: Size = Size(width: 40, height: 5)) {
        self.characters = Array(text)
        self.cursor = characters.count
        self.wrapWidth = max(1, size.width - 1)
        self.visibleRows = max(1, size.height)
        scrollToCursor()
    }

    public var text: String { String(characters) }

    /// Sets the size the text is shown at (the gutter column included) and keeps the cursor in view.
    public mutating func fit(to size: Size) {
        wrapWidth = max(1, size.width - 1)
        visibleRows = max(1, size.height)
        scrollToCursor()
    }

    public mutating func selectAll() {
        isAllSelected = !characters.isEmpty
    }

    // MARK: Keys

    /// Does one editing command.
    public mutating func perform(_ command: TextEditCommand) {
        defer { scrollToCursor() }
        if isAllSelected {
            isAllSelected = false
            switch command {
            case .deleteBackward, .deleteForward, .deleteToLineStart, .deleteToLineEnd, .deleteWordBackward:
                characters = []
                cursor = 0
                goalColumn = nil
                return
            default: break
            }
        }
        if command != .lineUp && command != .lineDown && command != .pageUp && command != .pageDown { goalColumn = nil }
        switch command {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .wordLeft: cursor = WordBoundary.previous(in: characters, from: cursor)
        case .wordRight: cursor = WordBoundary.next(in: characters, from: cursor)
        case .lineStart:
            let row = rows()[cursorRow(in: rows())]
            cursor = row.start
        case .lineEnd:
            let all = rows()
            let index = cursorRow(in: all)
            cursor = lastCursorIndex(in: all[index])
        case .textStart: cursor = 0
        case .textEnd: cursor = characters.count
        case .lineUp: moveRows(by: -1)
        case .lineDown: moveRows(by: 1)
        case .pageUp: moveRows(by: -max(1, visibleRows - 1))
        case .pageDown: moveRows(by: max(1, visibleRows - 1))
        case .newLine: insert("\n")
        case .deleteBackward:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .deleteForward:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .deleteToLineStart:
            let start = lineStart(of: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .deleteToLineEnd:
            characters.removeSubrange(cursor..<lineEnd(of: cursor))
        case .deleteWordBackward:
            var start = WordBoundary.previousSpaceSeparated(in: characters, from: cursor)
            if start == cursor && cursor > 0 { start = cursor - 1 } // at a line's start: join the lines
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .selectAll: selectAll()
        }
    }

    /// Inserts text at the cursor (replacing the whole text when it is selected): line breaks
    /// kept, tabs as spaces to the next tab stop, other control characters dropped.
    public mutating func insert(_ text: String) {
        if isAllSelected {
            isAllSelected = false
            characters = []
            cursor = 0
        }
        goalColumn = nil
        var added: [Character] = []
        var column = columnInLine(before: cursor)
        for character in text {
            switch character {
            case "\n", "\r", "\r\n":
                added.append("\n")
                column = 0
            case "\t":
                let spaces = Self.tabWidth - column % Self.tabWidth
                added.append(contentsOf: repeatElement(" ", count: spaces))
                column += spaces
            default:
                guard !character.isTerminalControl else { continue }
                added.append(character)
                column += character.terminalWidth
            }
        }
        characters.insert(contentsOf: added, at: cursor)
        cursor += added.count
        scrollToCursor()
    }

    // MARK: Lines and rows

    /// The index of the first character of the line (after the previous line break) holding `index`.
    private func lineStart(of index: Int) -> Int {
        var position = index
        while position > 0, characters[position - 1] != "\n" { position -= 1 }
        return position
    }

    /// The index of the line break ending the line holding `index` (or the text's end).
    private func lineEnd(of index: Int) -> Int {
        var position = index
        while position < characters.count, characters[position] != "\n" { position += 1 }
        return position
    }

    /// Display columns from the start of the line to `index`.
    private func columnInLine(before index: Int) -> Int {
        characters[lineStart(of: index)..<index].reduce(0) { $0 + $1.terminalWidth }
    }

    /// The rows the text wraps into at `wrapWidth`.
    public func rows() -> [TextAreaRow] {
        Self.wrap(characters, width: wrapWidth)
    }

    /// Wraps at spaces: a row ends after the last space that fits, or, for a word longer than
    /// the width, where the width is reached. Spaces may run past the width (they are kept).
    static func wrap(_ characters: [Character], width: Int) -> [TextAreaRow] {
        var rows: [TextAreaRow] = []
        var lineStart = 0
        while true {
            var lineEnd = lineStart
            while lineEnd < characters.count, characters[lineEnd] != "\n" { lineEnd += 1 }
            var rowStart = lineStart
            var rowWidth = 0
            var afterSpace: Int?
            var index = lineStart
            while index < lineEnd {
                let character = characters[index]
                let characterWidth = character.terminalWidth
                if character == " " {
                    rowWidth += characterWidth
                    index += 1
                    afterSpace = index
                    continue
                }
                if rowWidth + characterWidth > width && index > rowStart {
                    let end = afterSpace ?? index
                    rows.append(TextAreaRow(start: rowStart, end: end, endsLine: false))
                    rowStart = end
                    rowWidth = characters[end..<index].reduce(0) { $0 + $1.terminalWidth }
                    afterSpace = nil
                    continue
                }
                rowWidth += characterWidth
                index += 1
            }
            rows.append(TextAreaRow(start: rowStart, end: lineEnd, endsLine: true))
            guard lineEnd < characters.count else { break }
            lineStart = lineEnd + 1
        }
        return rows
    }

    /// The row the cursor is shown on: at a row's break it is at the start of the next row.
    public func cursorRow(in rows: [TextAreaRow]) -> Int {
        var low = 0
        var high = rows.count - 1
        while low < high {
            // The last row starting at or before the cursor.
            let middle = (low + high + 1) / 2
            if rows[middle].start <= cursor { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The cursor's row and column on screen (before scrolling).
    public var cursorPosition: (row: Int, column: Int) {
        let all = rows()
        let row = cursorRow(in: all)
        let column = characters[all[row].start..<cursor].reduce(0) { $0 + $1.terminalWidth }
        return (row, column)
    }

    /// The last place the cursor can be in a row while staying on it: the end of a line, or
    /// before the row's last character where the text wraps on.
    private func lastCursorIndex(in row: TextAreaRow) -> Int {
        row.endsLine || row.end == row.start ? row.end : row.end - 1
    }

    private mutating func moveRows(by delta: Int) {
        let all = rows()
        let current = cursorRow(in: all)
        let goal = goalColumn ?? characters[all[current].start..<cursor].reduce(0) { $0 + $1.terminalWidth }
        let target = min(max(0, current + delta), all.count - 1)
        if target == current {
            cursor = delta < 0 ? 0 : characters.count
            goalColumn = nil
            return
        }
        let row = all[target]
        var index = row.start
        var column = 0
        let last = lastCursorIndex(in: row)
        while index < last {
            let next = characters[index].terminalWidth
            if column + next > goal { break }
            column += next
            index += 1
        }
        cursor = index
        goalColumn = goal
    }

    private mutating func scrollToCursor() {
        let row = cursorPosition.row
        let count = rows().count
        if row < scrollOffset { scrollOffset = row }
        if row >= scrollOffset + visibleRows { scrollOffset = row - visibleRows + 1 }
        scrollOffset = max(0, min(scrollOffset, max(0, count - visibleRows)))
    }

    // MARK: Drawing

    /// Draws the rows from the scroll offset in `area` (the text in all but the last column,
    /// a scroll gutter in it when the text is longer than the area) and, when `focused`, the
    /// cursor: `buffer.cursorPosition` and its cell in `cursorStyle`. Selected text is drawn in
    /// `selectedStyle`. Draw in an area of the size given to `fit(to:)`.
    public func render(in area: Rect, buffer: inout Buffer, style: Style = .plain, cursorStyle: Style = .reverse,
                       selectedStyle: Style = .reverse, focused: Bool = true, glyphs: Glyphs = .unicode) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: style)
        let textArea = Rect(x: area.x, y: area.y, width: max(1, area.width - 1), height: area.height)
        var copy = self
        copy.fit(to: Size(width: area.width, height: area.height))
        let all = copy.rows()
        let textStyle = isAllSelected ? style.patched(with: selectedStyle) : style
        for (line, row) in all.dropFirst(copy.scrollOffset).prefix(area.height).enumerated() {
            buffer.write(String(characters[row.start..<row.end]), x: textArea.x, y: textArea.y + line, style: textStyle, clip: textArea)
        }
        if area.width > 1 {
            ScrollGutter(offset: copy.scrollOffset, visible: area.height, count: all.count)
                .render(in: Rect(x: area.right - 1, y: area.y, width: 1, height: area.height), buffer: &buffer, style: style, glyphs: glyphs)
        }
        guard focused else { return }
        let position = copy.cursorPosition
        let y = area.y + position.row - copy.scrollOffset
        guard y >= area.y, y < area.bottom else { return }
        let x = textArea.x + min(position.column, textArea.width - 1)
        buffer.cursorPosition = Point(x: x, y: y)
        buffer.patchStyle(cursorStyle, in: Rect(x: x, y: y, width: 1, height: 1))
    }
}
