/// Where a value starts in a `RawDocument`, and the line it starts on (for messages).
struct RawNode: Sendable {
    var offset: Int
    var line: Int
    /// For a string without escapes found by scanning an object: where its closing quote is
    /// (its text is the bytes between the quotes); otherwise 0.
    var plainEnd = 0

    init(offset: Int, line: Int) {
        self.offset = offset
        self.line = line
    }
}
