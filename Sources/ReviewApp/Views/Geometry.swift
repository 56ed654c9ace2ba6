import TerminalToolkit

/// Where things go on screen. Used by the views and by `update` (to keep selections visible).
public enum Geometry {
    public static let minimumSize = Size(width: 60, height: 16)

    public static func isTooSmall(_ size: Size) -> Bool {
        size.width < minimumSize.width || size.height < minimumSize.height
    }

    /// Header (2 rows) and tabs (1) on top; status bar and F-key bar below. Presenting (no
    /// F-key bar) is roomier, for a projector: a blank row under the tabs, a margin of two
    /// columns each side, and the selected item's full text (`presentingDetail`) below the
    /// pane, or beside it on a wide screen.
    public static func body(_ size: Size, presenting: Bool = false) -> Rect {
        guard presenting else { return Rect(x: 0, y: 3, width: size.width, height: max(0, size.height - 5)) }
        let room = presentingRoom(size)
        if isWide(size) { return Rect(x: room.x, y: room.y, width: room.width * 11 / 20, height: room.height) }
        return Rect(x: room.x, y: room.y, width: room.width, height: max(1, room.height / 2))
    }

    /// Where presenting shows the selected item in full: below the pane with a blank row
    /// between, or beside it on a wide screen with two blank columns between.
    public static func presentingDetail(_ size: Size) -> Rect {
        let room = presentingRoom(size)
        let pane = body(size, presenting: true)
        if isWide(size) { return Rect(x: pane.right + 2, y: room.y, width: max(0, room.right - pane.right - 2), height: room.height) }
        return Rect(x: room.x, y: pane.bottom + 1, width: room.width, height: max(0, room.bottom - pane.bottom - 1))
    }

    /// The rows between the blank row under the tabs and the status line, less the margins.
    private static func presentingRoom(_ size: Size) -> Rect {
        Rect(x: 2, y: 4, width: max(1, size.width - 4), height: max(1, size.height - 5))
    }

    /// Wide terminals show details beside the list rather than below it.
    public static func isWide(_ size: Size) -> Bool { size.width >= 120 }
}

extension String {
    /// Collapses line breaks for one-line display.
    var singleLine: String {
        // Most text is one line already: bytes below 0x80 other than line feeds, tabs and
        // carriage returns cannot start a line break, so such text is returned as it is.
        if utf8.allSatisfy({ $0 < 0x80 && ($0 > 0x0D || $0 < 0x0A) }) { return self }
        return split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
