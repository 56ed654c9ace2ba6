/// One row of a wrapped text area: the characters `start..<end` of its text.
public struct TextAreaRow: Hashable, Sendable {
    public var start: Int
    public var end: Int
    /// The row ends a line (at a line break or the text's end) rather than wrapping on.
    public var endsLine: Bool

    public init(start: Int, end: Int, endsLine: Bool) {
        self.start = start
        self.end = end
        self.endsLine = endsLine
    }
}
