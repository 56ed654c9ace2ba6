/// A rectangle of cells: what one frame looks like. A flat array, row by row.
///
/// Widgets write into a buffer; the `FrameRenderer` compares it with the previous
/// frame and sends only the changed cells to the backend. Writing keeps two-column
/// graphemes consistent: overwriting either half of a wide grapheme blanks the other.
public struct Buffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public internal(set) var cells: [Cell]
    /// Where the terminal cursor should be shown after drawing (a text input sets it);
    /// nil hides the cursor.
    public var cursorPosition: Point?

    public init(width: Int, height: Int, fill: Cell = .blank()) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = [Cell](repeating: fill, count: self.width * self.height)
        self.cursorPosition = nil
    }

    public init(size: Size, fill: Cell = .blank()) {
        self.init(width: size.width, height: size.height, fill: fill)
    }

    public var size: Size { Size(width: width, height: height) }
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at a position; a blank cell outside the buffer.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank() }
        return cells[y * width + x]
    }

    /// Places one grapheme at a position, as wide as `Character.terminalWidth`. A wide
    /// grapheme that would reach past `limit` (default: the buffer's right edge) is
    /// replaced by a space. Returns the columns used (0 when nothing was placed).
    @discardableResult
    public mutating func set(_ grapheme: Character, x: Int, y: Int, style: Style = .plain,
                             limit: Int? = nil) -> Int {
        let right = min(limit ?? width, width)
        guard x >= 0, y >= 0, y < height, x < right else { return 0 }
        let columns = grapheme.terminalWidth
        if columns >= 2, grapheme.isTerminalControl { return setVisibleForm(of: grapheme, x: x, y: y, style: style, right: right) }
        switch columns {
        case 0:
            return 0
        case 2 where x + 1 < right:
            clearWideNeighbours(x: x, y: y, columns: 2)
            cells[y * width + x] = Cell(grapheme, style: style)
            cells[y * width + x + 1] = .continuation(style)
            return 2
        case 2:
            clearWideNeighbours(x: x, y: y, columns: 1)
            cells[y * width + x] = .blank(style)
            return 1
        default:
            clearWideNeighbours(x: x, y: y, columns: 1)
            let shown: Character = grapheme == "\t" ? " " : grapheme
            cells[y * width + x] = Cell(shown, style: style)
            return 1
        }
    }

    /// `set` for a control character: its visible form (`TerminalText`, `^[` for ESC), one
    /// ASCII character a cell, cut at `right`. The character itself never reaches a cell.
    private mutating func setVisibleForm(of grapheme: Character, x: Int, y: Int, style: Style, right: Int) -> Int {
        var column = x
        for byte in TerminalText.visibleForm(of: grapheme).utf8 where column < right {
            setPrintableASCII(byte, x: column, y: y, style: style, limit: right)
            column += 1
        }
        return column - x
    }

    /// `set` for a printable ASCII byte (one column, never a control character).
    mutating func setPrintableASCII(_ byte: UInt8, x: Int, y: Int, style: Style, limit: Int) {
        let right = min(limit, width)
        guard x >= 0, y >= 0, y < height, x < right else { return }
        clearWideNeighbours(x: x, y: y, columns: 1)
        cells[y * width + x] = Cell(Buffer.asciiCharacters[Int(byte & 0x7F)], style: style)
    }

    /// The 128 ASCII characters, made once: making a `Character` from a byte builds a string.
    private static let asciiCharacters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }

    /// Before `columns` cells at (x, y) are overwritten: if the first is the right half
    /// of a wide grapheme, blank its left half; if the cell after the last is a
    /// continuation, its left half is being overwritten, so blank it. Styles are kept.
    private mutating func clearWideNeighbours(x: Int, y: Int, columns: Int) {
        let rowStart = y * width
        if cells[rowStart + x].isContinuation, x > 0 {
            cells[rowStart + x - 1] = .blank(cells[rowStart + x - 1].style)
        }
        let last = x + columns - 1
        if last + 1 < width, cells[rowStart + last + 1].isContinuation {
            cells[rowStart + last + 1] = .blank(cells[rowStart + last + 1].style)
        }
    }

    /// Lays `patch` over the style of every cell in `area` (see `Style.patched`).
    public mutating func patchStyle(_ patch: Style, in area: Rect) {
        let clipped = area.intersection(self.area)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.bottom {
            for x in clipped.x..<clipped.right {
                cells[y * width + x].style = cells[y * width + x].style.patched(with: patch)
            }
        }
    }

    /// Fills `area` with one grapheme (a space by default) in one style.
    public mutating func fill(_ area: Rect, with grapheme: Character = " ", style: Style = .plain) {
        let clipped = area.intersection(self.area)
        guard !clipped.isEmpty else { return }
        let columns = max(1, grapheme.terminalWidth)
        for y in clipped.y..<clipped.bottom {
            var x = clipped.x
            while x < clipped.right {
                let used = set(grapheme, x: x, y: y, style: style, limit: clipped.right)
                x += max(used, 1)
                if used == 0 && columns == 0 { break }
            }
        }
    }

    /// The characters of each row, without styles: continuation cells contribute
    /// nothing and trailing spaces are trimmed. Meant for snapshot tests.
    public func lines() -> [String] {
        (0..<height).map { line($0) }
    }

    /// One row as text (see `lines()`).
    public func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var text = ""
        for x in 0..<width {
            let cell = cells[y * width + x]
            if !cell.isContinuation { text.append(cell.grapheme) }
        }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// All rows joined by newlines, each trimmed as in `lines()`.
    public var text: String { lines().joined(separator: "\n") }
}
