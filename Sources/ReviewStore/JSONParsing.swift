/// A strict JSON parser (RFC 8259) over UTF-8 bytes that reports line and column on error,
/// handing each value it reads to a `Builder`. A load builds nothing (`SyntaxCheck`) and notes
/// an `Outline` on the way, then reads the values in place (`RawDocument`); the tests build a
/// tree with it to check that reading.
struct JSONParsing<Builder: JSONValueBuilder> {
    private let bytes: [UInt8]
    private let builder: Builder
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    private static var maxDepth: Int { 512 }
    private(set) var outline = JSONOutline()

    init(bytes: [UInt8], builder: Builder) {
        self.bytes = bytes
        self.builder = builder
    }

    /// Reads the whole document: its value, or the first error.
    mutating func parse() throws(JSONSyntaxError) -> Builder.Value {
        try parseDocument()
    }

    /// The text of the string that starts (with its opening quote) at `offset` of a document
    /// the parser accepted, and the offset after its closing quote.
    static func string(in bytes: [UInt8], at offset: Int) -> (text: String, end: Int) {
        var parser = JSONParsing<SyntaxCheck>(bytes: bytes, builder: SyntaxCheck())
        parser.index = offset
        let text = (try? parser.parseString(read: true)) ?? ""
        return (text, parser.index)
    }

    private mutating func parseDocument() throws(JSONSyntaxError) -> Builder.Value {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3; lineStart = 3 }
        skipWhitespace()
        guard index < bytes.count else { throw fail("the file is empty; a review is a JSON object") }
        outline.root = RawNode(offset: index, line: line)
        let value = try parseValue()
        outline.end = RawNode(offset: index, line: line)
        skipWhitespace()
        if index < bytes.count { throw fail("unexpected \(describe(bytes[index])) after the end of the document") }
        return value
    }

    private func fail(_ message: String) -> JSONSyntaxError {
        fail(message, at: index, line: line, lineStart: lineStart)
    }

    /// An error at `offset`, which lies on `line`, starting at `lineStart`.
    private func fail(_ message: String, at offset: Int, line: Int, lineStart: Int) -> JSONSyntaxError {
        // Column counts characters, not bytes: skip UTF-8 continuation bytes.
        var column = 1
        var i = lineStart
        while i < min(offset, bytes.count) {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return JSONSyntaxError(line: line, column: column, message: message)
    }

    /// The error for a comma before a closing bracket, placed at the comma (the parser stands
    /// at the bracket; only whitespace lies between).
    private func trailingComma() -> JSONSyntaxError {
        var comma = index - 1
        var newlines = 0
        while comma > 0, bytes[comma] != UInt8(ascii: ",") {
            if bytes[comma] == 0x0A { newlines += 1 }
            comma -= 1
        }
        var start = comma
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        let closer = bytes[index] == UInt8(ascii: "]") ? "list" : "object"
        return fail("remove the comma after the last item of the \(closer); JSON allows none there",
                    at: comma, line: line - newlines, lineStart: start)
    }

    /// When the value before the comma that precedes `offset` is a number and digits follow the
    /// comma, as in `"amount": 1,234.5`: the number as the user wrote it, thousands separators
    /// and all. Nil otherwise.
    private func numberWithCommas(before offset: Int) -> String? {
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        guard isDigit(offset), offset > 0, bytes[offset - 1] == UInt8(ascii: ",") else { return nil }
        var start = offset - 1
        while isDigit(start - 1) || (start - 1 >= 0 && (bytes[start - 1] == UInt8(ascii: ",") || bytes[start - 1] == UInt8(ascii: "."))) {
            start -= 1
        }
        if start > 0, bytes[start - 1] == UInt8(ascii: "-") { start -= 1 }
        guard isDigit(start) || (bytes[start] == UInt8(ascii: "-") && isDigit(start + 1)) else { return nil }
        var end = offset
        while isDigit(end) || (end < bytes.count && (bytes[end] == UInt8(ascii: ",") || bytes[end] == UInt8(ascii: "."))) && isDigit(end + 1) {
            end += 1
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private func describe(_ byte: UInt8) -> String {
        if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    private mutating func skipWhitespace() {
        var i = index, line = self.line, lineStart = self.lineStart
        bytes.withUnsafeBufferPointer { buffer in
            scan: while i < buffer.count {
                if i + 8 <= buffer.count {
                    // Indentation: a run of spaces at once.
                    let run = ByteWords.leadingSpaces(ByteWords.load(buffer, i))
                    i += run
                    if run == 8 { continue }
                }
                switch buffer[i] {
                case 0x20, 0x09, 0x0D: i += 1
                case 0x0A:
                    i += 1
                    line += 1
                    lineStart = i
                default: break scan
                }
            }
        }
        index = i
        self.line = line
        self.lineStart = lineStart
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> Builder.Value {
        guard index < bytes.count else { throw fail("the file ends where a value was expected (is it truncated?)") }
        let startLine = line
        switch bytes[index] {
        case UInt8(ascii: "{"): return builder.object(try parseObject(), line: startLine)
        case UInt8(ascii: "["): return builder.array(try parseArray(), line: startLine)
        case UInt8(ascii: "\""): return builder.string(try parseString(read: builder.readsText), line: startLine)
        case UInt8(ascii: "t"): try expectLiteral("true"); return builder.bool(true, line: startLine)
        case UInt8(ascii: "f"): try expectLiteral("false"); return builder.bool(false, line: startLine)
        case UInt8(ascii: "n"): try expectLiteral("null"); return builder.null(line: startLine)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return builder.number(try parseNumber(), line: startLine)
        default:
            throw fail("unexpected \(describe(bytes[index])) where a value was expected")
        }
    }

    private mutating func expectLiteral(_ word: String) throws(JSONSyntaxError) {
        let literal = Array(word.utf8)
        let count = literal.count
        let matches = index + count <= bytes.count && bytes[index..<(index + count)].elementsEqual(literal)
        guard matches else { throw fail("unexpected text where a value was expected (true, false and null are lower case)") }
        index += count
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maxDepth { throw fail("nesting deeper than \(Self.maxDepth) levels") }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> Builder.Members {
        try enter()
        defer { depth -= 1 }
        index += 1
        var members = builder.emptyMembers()
        let notesMembers = depth == 1
        if notesMembers { outline.rootMembers = [] }
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") { index += 1; return members }
        var afterComma = false
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw fail("the file ends inside an object (is it truncated?)") }
            guard bytes[index] == UInt8(ascii: "\"") else {
                if afterComma, bytes[index] == UInt8(ascii: "}") { throw trailingComma() }
                if let written = numberWithCommas(before: index) {
                    throw fail("numbers cannot contain commas; write \(written.filter { $0 != "," }) for \(written)")
                }
                throw fail("expected a field name in double quotes, found \(describe(bytes[index]))")
            }
            let keyStart = index
            let readsKey = builder.readsText || notesMembers
            let key = try parseString(read: readsKey)
            // A message that quotes the field's name reads it then.
            let bytes = self.bytes
            func name() -> String { readsKey ? key : JSONParsing.string(in: bytes, at: keyStart).text }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw fail("expected ':' after the field name \"\(name())\"")
            }
            index += 1
            skipWhitespace()
            let valueStart = RawNode(offset: index, line: line)
            let value = try parseValue()
            builder.append(key, value, to: &members)
            if notesMembers { outline.rootMembers?.append(RawMember(key: key, node: valueStart)) }
            skipWhitespace()
            guard index < bytes.count else { throw fail("the file ends inside an object (is it truncated?)") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; afterComma = true; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return members }
            throw fail("expected ',' or '}' after the value of \"\(name())\", found \(describe(bytes[index]))")
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> Builder.Items {
        try enter()
        defer { depth -= 1 }
        let start = index
        index += 1
        var items = builder.emptyItems()
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
            index += 1
            return items
        }
        var count = 0
        while true {
            skipWhitespace()
            if count > 0, index < bytes.count, bytes[index] == UInt8(ascii: "]") { throw trailingComma() }
            let item = try parseValue()
            builder.append(item, to: &items)
            count += 1
            skipWhitespace()
            guard index < bytes.count else { throw fail("the file ends inside a list (is it truncated?)") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                if count >= 32 { outline.listCounts[start] = count }
                return items
            }
            throw fail("expected ',' or ']' in a list, found \(describe(bytes[index]))")
        }
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        guard isDigit(index) else { throw fail("a number needs digits after '-'") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if isDigit(index) { throw fail("numbers cannot have leading zeros") }
        } else {
            while isDigit(index) { index += 1 }
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard isDigit(index) else { throw fail("a number needs digits after the decimal point") }
            while isDigit(index) { index += 1 }
        }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
            guard isDigit(index) else { throw fail("a number needs digits in its exponent") }
            while isDigit(index) { index += 1 }
        }
        return builder.readsText ? String(decoding: bytes[start..<index], as: UTF8.self) : ""
    }

    /// `read`: false checks the text and returns "" unless it has escapes.
    private mutating func parseString(read: Bool) throws(JSONSyntaxError) -> String {
        index += 1
        let start = index
        // Fast path: no escapes, valid UTF-8. ASCII (most text) needs no validating.
        var end = start
        var high: UInt8 = 0
        let closed: Bool = bytes.withUnsafeBufferPointer { buffer in
            // Eight bytes at a time up to the word holding the end of the plain text.
            var highBits: UInt64 = 0
            while end + 8 <= buffer.count {
                let word = ByteWords.load(buffer, end)
                if ByteWords.endsText(word) { break }
                highBits |= word
                end += 8
            }
            if highBits & ByteWords.highBits != 0 { high = 0x80 }
            while end < buffer.count {
                let byte = buffer[end]
                if byte == UInt8(ascii: "\"") { return true }
                if byte == UInt8(ascii: "\\") || byte < 0x20 { return false }
                high |= byte
                end += 1
            }
            return false
        }
        if closed {
            let slice = bytes[start..<end]
            index = end + 1
            if high < 0x80 { return read ? String(decoding: slice, as: UTF8.self) : "" }
            if let text = String(validating: slice, as: UTF8.self) { return read ? text : "" }
            index = start
            throw invalidUTF8()
        }
        index = start
        var scalars = String.UnicodeScalarView()
        var pending: [UInt8] = []
        func flush() throws(JSONSyntaxError) {
            if pending.isEmpty { return }
            guard let text = String(validating: pending, as: UTF8.self) else { throw invalidUTF8() }
            scalars.append(contentsOf: text.unicodeScalars)
            pending.removeAll(keepingCapacity: true)
        }
        while true {
            guard index < bytes.count else { throw fail("the file ends inside text (a closing \" is missing)") }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                try flush()
                index += 1
                return String(scalars)
            case UInt8(ascii: "\\"):
                try flush()
                index += 1
                guard index < bytes.count else { throw fail("the file ends inside an escape sequence") }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"): scalars.append(try parseUnicodeEscape())
                default:
                    index -= 1
                    throw fail("unknown escape \\\(Character(Unicode.Scalar(escape))) in text")
                }
            default:
                if byte < 0x20 { throw fail("a control character (such as a raw line break) inside text; write it as \\n") }
                pending.append(byte)
                index += 1
            }
        }
    }

    private func invalidUTF8() -> JSONSyntaxError { fail("text is not valid UTF-8; save the file as UTF-8") }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw fail("\\u needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw fail("\\u needs four hex digits")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let first = try hex4()
        if (0xD800...0xDBFF).contains(first) {
            guard index + 2 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw fail("a lone surrogate \\u escape; pair it or remove it")
            }
            index += 2
            let second = try hex4()
            guard (0xDC00...0xDFFF).contains(second),
                  let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)) else {
                throw fail("an invalid surrogate pair in a \\u escape")
            }
            return scalar
        }
        guard let scalar = Unicode.Scalar(first) else { throw fail("a lone surrogate \\u escape; pair it or remove it") }
        return scalar
    }
}
