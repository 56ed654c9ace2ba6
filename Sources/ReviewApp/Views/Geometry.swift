import TerminalToolkit

/// Where things go on screen. Used by the views and by `update` (to keep selections visible).
public enum Geometry {
    public static let minimumSize = Size(width: 60, height: 16)

    public static func isTooSmall(_ size: Size) -> Bool {
        size.width < minimumSize.width || size.height < minimumSize.height
    }

    /// Header (2 rows) and tabs (1) on top; status bar and F-key bar below. Presenting has no
    /// F-key bar, so the pane gets that row too.
    public static func body(_ size: Size, presenting: Bool = false) -> Rect {
        Rect(x: 0, y: 3, width: size.width, height: max(0, size.height - (presenting ? 4 : 5)))
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
