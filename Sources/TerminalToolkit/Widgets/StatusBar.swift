/// A one-row bar with segments on the left and on the right, joined by a separator.
/// When both do not fit, the right side keeps its place and the left side is cut
/// with an ellipsis.
public struct StatusBar {
    public var left: [String]
    public var right: [String]
    public var style: Style
    public var separator: String
    public var ellipsis: String

    public init(left: [String], right: [String] = [], style: Style = .reverse,
                separator: String = " │ ", ellipsis: String = "…") {
        self.left = left
        self.right = right
        self.style = style
        self.separator = separator
        self.ellipsis = ellipsis
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let line = area.row(0)
        buffer.fill(line, style: style)
        let rightText = right.joined(separator: separator)
        let rightShown = rightText.isEmpty ? "" : rightText.truncated(toWidth: line.width - 1, ellipsis: ellipsis) + " "
        let rightWidth = rightShown.terminalWidth
        let leftText = " " + left.joined(separator: separator)
        let leftSpace = line.width - rightWidth - (rightWidth > 0 ? 1 : 0)
        if leftSpace > 0 {
            buffer.write(leftText.truncated(toWidth: leftSpace, ellipsis: ellipsis), x: line.x, y: line.y,
                         style: style, clip: line)
        }
        if rightWidth > 0 {
            buffer.write(rightShown, x: line.right - rightWidth, y: line.y, style: style, clip: line)
        }
    }
}
