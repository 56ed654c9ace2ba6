#if canImport(Glibc)
import Glibc
#endif

/// Moves through the bytes of a document `JSONParser.validate` accepted, counting lines: the
/// document is known to be valid, so values are skipped by their delimiters alone.
struct RawScan {
    let buffer: UnsafeBufferPointer<UInt8>
    var index: Int
    var line: Int

    init(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, line: Int) {
        self.buffer = buffer
        self.index = index
        self.line = line
    }

    /// Where the scan is, as a node.
    var node: RawNode { RawNode(offset: index, line: line) }

    /// At a string: past it, returning where its closing quote is when it has no escapes (its
    /// bytes are then its text), or 0.
    mutating func skipStringNotingEnd() -> Int {
        let start = index + 1
        guard start < buffer.count, let base = buffer.baseAddress else {
            skipString()
            return 0
        }
        // memchr finds the quote a word at a time; most strings have no backslash before it.
        let rest = buffer.count - start
        guard let found = memchr(base + start, Int32(UInt8(ascii: "\"")), rest) else {
            skipString()
            return 0
        }
        let quote = start + (UnsafeRawPointer(found) - UnsafeRawPointer(base + start))
        if memchr(base + start, Int32(UInt8(ascii: "\\")), quote - start) == nil {
            index = quote + 1
            return quote
        }
        skipString()
        return 0
    }

    func at(_ byte: UInt8) -> Bool { index < buffer.count && buffer[index] == byte }

    /// Outside strings a valid document has no byte below 0x21 but whitespace.
    mutating func skipWhitespace() {
        var i = index
        while i < buffer.count {
            if i + 8 <= buffer.count {
                // Indentation: a run of spaces at once.
                let run = ByteWords.leadingSpaces(ByteWords.load(buffer, i))
                i += run
                if run == 8 { continue }
            }
            let byte = buffer[i]
            if byte > 0x20 { break }
            if byte == 0x0A { line += 1 }
            i += 1
        }
        index = i
    }

    /// At a string (a field's name): its text, and past it.
    mutating func readString() -> String? {
        let start = index + 1
        var i = RawScan.plainRun(buffer, from: start)
        while i < buffer.count {
            let byte = buffer[i]
            if byte == UInt8(ascii: "\"") {
                index = i + 1
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<i]), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { break }
            i += 1
        }
        return nil
    }

    /// From an opening quote to after the closing one (a valid string holds no line break).
    mutating func skipString() {
        var i = RawScan.plainRun(buffer, from: index + 1)
        while i < buffer.count {
            let byte = buffer[i]
            if byte == UInt8(ascii: "\"") { break }
            i += byte == UInt8(ascii: "\\") ? 2 : 1
        }
        index = min(i + 1, buffer.count)
    }

    /// Past the value starting here, counting the lines it spans.
    mutating func skipValue() {
        guard index < buffer.count else { return }
        switch buffer[index] {
        case UInt8(ascii: "\""):
            skipString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            while index < buffer.count {
                let byte = buffer[index]
                if byte == UInt8(ascii: "\"") {
                    skipString()
                    continue
                }
                if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                    depth += 1
                } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                    depth -= 1
                    if depth == 0 {
                        index += 1
                        return
                    }
                } else if byte == 0x0A {
                    line += 1
                }
                index += 1
            }
        default:
            while index < buffer.count, RawScan.isNumberByte(buffer[index]) || RawScan.isLetter(buffer[index]) { index += 1 }
        }
    }

    /// The text of the string whose opening quote is at `offset` when it has no escapes (its
    /// bytes are then the text, valid UTF-8 as checked); nil when it has.
    static func plainString(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> String? {
        let start = offset + 1
        var i = plainRun(buffer, from: start)
        while i < buffer.count {
            let byte = buffer[i]
            if byte == UInt8(ascii: "\"") {
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<i]), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { return nil }
            i += 1
        }
        return nil
    }

    /// From `start`, past whole words of string text without a quote or backslash: where to go
    /// on byte by byte.
    @inline(__always)
    static func plainRun(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i + 8 <= buffer.count {
            let word = ByteWords.load(buffer, i)
            if ByteWords.hasByte(UInt8(ascii: "\""), in: word) || ByteWords.hasByte(UInt8(ascii: "\\"), in: word) { break }
            i += 8
        }
        return i
    }

    static func isNumberByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }

    static func isLetter(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
}
