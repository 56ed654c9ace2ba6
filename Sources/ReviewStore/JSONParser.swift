/// The JSON syntax check a load starts with (RFC 8259, strict), and reading a string in place.
public enum JSONParser {
    /// Checks that the bytes are one JSON document, building nothing; the error names the
    /// line and column of the first problem.
    public static func validate(_ bytes: [UInt8]) throws(JSONSyntaxError) {
        _ = try outline(bytes)
    }

    /// `validate`, returning what it noted on the way for reading the document in place.
    static func outline(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONOutline {
        var parsing = JSONParsing(bytes: bytes, builder: SyntaxCheck())
        try parsing.parse()
        return parsing.outline
    }

    /// The text of the string that starts (with its opening quote) at `offset` of a document
    /// `validate` accepted, and the offset after its closing quote.
    static func string(in bytes: [UInt8], at offset: Int) -> (text: String, end: Int) {
        JSONParsing<SyntaxCheck>.string(in: bytes, at: offset)
    }
}
