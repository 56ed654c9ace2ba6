#if canImport(Glibc)
import Glibc
#endif

/// A JSON document read in place: its bytes, checked once by `JSONParser.validate`, and values
/// found by position when asked for. Nothing like the parse tree is built: loading a review
/// reads each object's fields straight from the bytes into the model, so the file's bytes and
/// the model are all a load holds (a tree took about three times the file). A document made
/// `releasing` its bytes also gives back the memory of list items already read (see `release`),
/// so that by the end of a load little more than the model is held.
final class RawDocument {
    /// The bytes. Methods read them through a local copy of the reference, never keeping one
    /// beyond the call, so that `release` finds them held here alone and changes them in place.
    private(set) var bytes: [UInt8]
    /// The document's value (an object, for a review).
    let root: RawNode
    private var releases: Bool

    /// Throws the error `JSONParser.parse` would for the same bytes. `releasing`: the document
    /// may give back the memory of what has been read (the caller keeps no other reference to
    /// the bytes; if it did, the first `release` would copy them).
    init(_ bytes: consuming [UInt8], releasing: Bool = false) throws(JSONSyntaxError) {
        try JSONParser.validate(bytes)
        self.bytes = bytes
        #if os(Linux)
        releases = releasing
        #else
        releases = false
        #endif
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        RawDocument.skipWhitespace(bytes, &index, &line)
        root = RawNode(offset: index, line: line)
    }

    /// Gives the memory of the whole pages inside `range` back to the system: they read as
    /// zeros from now on, so `range` must hold only what has been read and will not be read
    /// again (the list items before the one being read). Only for a `releasing` document, and
    /// only in steps of at least 256 KB (a system call each).
    func release(_ range: Range<Int>) {
        guard releases, range.count >= RawDocument.releaseStep else { return }
        #if os(Linux)
        let page = RawDocument.pageSize
        let before = bytes.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        bytes.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress, range.upperBound <= buffer.count else { return }
            let start = (UInt(bitPattern: base) + UInt(range.lowerBound) + page - 1) / page * page
            let end = (UInt(bitPattern: base) + UInt(range.upperBound)) / page * page
            guard end > start, let address = UnsafeMutableRawPointer(bitPattern: start) else { return }
            // Zero-filled on the next touch, which never comes; a failure leaves them as they were.
            _ = madvise(address, Int(end - start), MADV_DONTNEED)
        }
        // The bytes were shared after all and have just been copied: stop, rather than copy again.
        if bytes.withUnsafeBufferPointer({ UInt(bitPattern: $0.baseAddress) }) != before { releases = false }
        #endif
    }

    static let releaseStep = 1 << 18
    #if os(Linux)
    private static let pageSize = UInt(max(4096, sysconf(Int32(_SC_PAGESIZE))))
    #endif

    /// What a value is, and the text of a string or number.
    func value(_ node: RawNode) -> RawValue {
        let bytes = self.bytes
        switch bytes[node.offset] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string(RawDocument.string(bytes, at: node.offset).text)
        case UInt8(ascii: "t"): return .bool(true)
        case UInt8(ascii: "f"): return .bool(false)
        case UInt8(ascii: "n"): return .null
        default:
            var end = node.offset
            while end < bytes.count, RawDocument.isNumberByte(bytes[end]) { end += 1 }
            return .number(String(decoding: bytes[node.offset..<end], as: UTF8.self))
        }
    }

    func isObject(_ node: RawNode) -> Bool { bytes[node.offset] == UInt8(ascii: "{") }
    func isArray(_ node: RawNode) -> Bool { bytes[node.offset] == UInt8(ascii: "[") }
    func isNull(_ node: RawNode) -> Bool { bytes[node.offset] == UInt8(ascii: "n") }

    /// The members of an object, in order, each with the line its value starts on.
    func members(_ node: RawNode) -> [RawMember] {
        let bytes = self.bytes
        guard bytes[node.offset] == UInt8(ascii: "{") else { return [] }
        var members: [RawMember] = []
        members.reserveCapacity(8)
        var index = node.offset + 1
        var line = node.line
        RawDocument.skipWhitespace(bytes, &index, &line)
        while index < bytes.count && bytes[index] == UInt8(ascii: "\"") {
            let (key, afterKey) = RawDocument.string(bytes, at: index)
            index = afterKey
            RawDocument.skipWhitespace(bytes, &index, &line)
            index += 1 // ':'
            RawDocument.skipWhitespace(bytes, &index, &line)
            members.append(RawMember(key: key, node: RawNode(offset: index, line: line)))
            RawDocument.skipValue(bytes, &index, &line)
            RawDocument.skipWhitespace(bytes, &index, &line)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { break }
            index += 1
            RawDocument.skipWhitespace(bytes, &index, &line)
        }
        return members
    }

    /// The items of a list, in order.
    func items(_ node: RawNode) -> [RawNode] {
        let bytes = self.bytes
        guard bytes[node.offset] == UInt8(ascii: "[") else { return [] }
        var items: [RawNode] = []
        var index = node.offset + 1
        var line = node.line
        RawDocument.skipWhitespace(bytes, &index, &line)
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") { return items }
        while index < bytes.count {
            items.append(RawNode(offset: index, line: line))
            RawDocument.skipValue(bytes, &index, &line)
            RawDocument.skipWhitespace(bytes, &index, &line)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { break }
            index += 1
            RawDocument.skipWhitespace(bytes, &index, &line)
        }
        return items
    }

    /// A string's text, and the offset after its closing quote.
    private static func string(_ bytes: [UInt8], at offset: Int) -> (text: String, end: Int) {
        // Most strings have no escapes: their bytes are the text (valid UTF-8, as validated).
        let start = offset + 1
        let end: Int? = bytes.withUnsafeBufferPointer { buffer in
            var i = start
            while i < buffer.count {
                let byte = buffer[i]
                if byte == UInt8(ascii: "\"") { return i }
                if byte == UInt8(ascii: "\\") { return nil }
                i += 1
            }
            return nil
        }
        if let end { return (String(decoding: bytes[start..<end], as: UTF8.self), end + 1) }
        return JSONParser.string(in: bytes, at: offset)
    }

    /// Moves past the value starting at `index`, counting the lines it spans.
    private static func skipValue(_ bytes: [UInt8], _ index: inout Int, _ line: inout Int) {
        var i = index, lines = line
        bytes.withUnsafeBufferPointer { buffer in
            guard i < buffer.count else { return }
            switch buffer[i] {
            case UInt8(ascii: "\""):
                i = RawDocument.afterString(buffer, i)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                while i < buffer.count {
                    switch buffer[i] {
                    case UInt8(ascii: "\""):
                        i = RawDocument.afterString(buffer, i)
                        continue
                    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth == 0 {
                            i += 1
                            return
                        }
                    case 0x0A: lines += 1
                    default: break
                    }
                    i += 1
                }
            default:
                while i < buffer.count, RawDocument.isNumberByte(buffer[i]) || RawDocument.isLetter(buffer[i]) { i += 1 }
            }
        }
        index = i
        line = lines
    }

    /// The offset after the closing quote of the string whose opening quote is at `start`.
    private static func afterString(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        var i = start + 1
        while i < buffer.count {
            switch buffer[i] {
            case UInt8(ascii: "\""): return i + 1
            case UInt8(ascii: "\\"): i += 2
            default: i += 1
            }
        }
        return i
    }

    private static func skipWhitespace(_ bytes: [UInt8], _ index: inout Int, _ line: inout Int) {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
            default: return
            }
        }
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }

    private static func isLetter(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
}

/// Where a value starts in a `RawDocument`, and the line it starts on (for messages).
struct RawNode: Sendable {
    var offset: Int
    var line: Int
}

struct RawMember {
    var key: String
    var node: RawNode
}

/// A value as the decoder sees it: text and numbers read out, lists and objects read on demand.
enum RawValue {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array
    case object

    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "true/false"
        case .number: return "a number"
        case .string: return "text"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}
