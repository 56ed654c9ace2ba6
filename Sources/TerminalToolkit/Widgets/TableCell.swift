/// One cell of a table row: its text and the style it adds to the row's.
public struct TableCell: Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }
}
