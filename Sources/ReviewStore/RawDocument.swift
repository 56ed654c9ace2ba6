#if canImport(Glibc)
import Glibc
#endif

/// A JSON document read in place: its bytes, checked once by `JSONParser.validate`, and values
/// found by position when asked for. Nothing like the parse tree is built: loading a review
/// reads each object's fields straight from the bytes into the model, so the file's bytes and
/// the model are all a load holds (a tree took about three times the file). A document made
/// `releasing` its bytes also gives back the memory of list items already read (see `release`),
/// so that by the end of a load little more than the model is held.
///
/// Reading is one pass over the bytes after the check: the check notes where the top-level
/// fields start and how many items each top-level list has; a list is read item after item,
/// each item's object scanned once for its fields (which gives where the next item starts).
final class RawDocument {
    /// The bytes. Methods read them for the length of a call, never keeping a reference, so
    /// that `release` finds them held here alone and changes them in place.
    @exclusivity(unchecked) private(set) var bytes: [UInt8]
    /// The document's value (an object, for a review).
    let root: RawNode
    /// What the syntax check noted: the top-level object's members, its lists' item counts.
    private let outline: JSONOutline
    private var releases: Bool

    /// Throws the syntax error `JSONParser.validate` would for the same bytes. `releasing`: the document
    /// may give back the memory of what has been read (the caller keeps no other reference to
    /// the bytes; if it did, the first `release` would copy them).
    init(_ bytes: consuming [UInt8], releasing: Bool = false) throws(JSONSyntaxError) {
        outline = try JSONParser.outline(bytes)
        root = outline.root
        self.bytes = bytes
        #if os(Linux)
        releases = releasing
        #else
        releases = false
        #endif
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

    private func first(_ node: RawNode) -> UInt8 { bytes[node.offset] }
    func isObject(_ node: RawNode) -> Bool { first(node) == UInt8(ascii: "{") }
    func isArray(_ node: RawNode) -> Bool { first(node) == UInt8(ascii: "[") }
    func isNull(_ node: RawNode) -> Bool { first(node) == UInt8(ascii: "n") }

    /// What a value is, and the text of a string or number.
    func value(_ node: RawNode) -> RawValue {
        switch first(node) {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""):
            if node.plainEnd > node.offset {
                return .string(bytes.withUnsafeBufferPointer { buffer in
                    String(decoding: UnsafeBufferPointer(rebasing: buffer[(node.offset + 1)..<node.plainEnd]), as: UTF8.self)
                })
            }
            if let text = bytes.withUnsafeBufferPointer({ RawScan.plainString($0, at: node.offset) }) { return .string(text) }
            return .string(JSONParser.string(in: bytes, at: node.offset).text)
        case UInt8(ascii: "t"): return .bool(true)
        case UInt8(ascii: "f"): return .bool(false)
        case UInt8(ascii: "n"): return .null
        default:
            return .number(bytes.withUnsafeBufferPointer { buffer in
                var end = node.offset
                while end < buffer.count, RawScan.isNumberByte(buffer[end]) { end += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[node.offset..<end]), as: UTF8.self)
            })
        }
    }

    /// The members of an object, in order, each with the line its value starts on.
    func members(_ node: RawNode) -> [RawMember] { object(node).members }

    /// The members of an object, and where the object ends (after its closing brace).
    func object(_ node: RawNode) -> (members: [RawMember], end: RawNode) {
        guard isObject(node) else { return ([], node) }
        if node.offset == root.offset, let members = outline.rootMembers { return (members, outline.end) }
        return bytes.withUnsafeBufferPointer { buffer in
            var scan = RawScan(buffer, at: node.offset + 1, line: node.line)
            var members: [RawMember] = []
            members.reserveCapacity(8)
            scan.skipWhitespace()
            while scan.at(UInt8(ascii: "\"")) {
                let key: String
                if let plain = scan.readString() {
                    key = plain
                } else {
                    key = JSONParser.string(in: bytes, at: scan.index).text
                    scan.skipString()
                }
                scan.skipWhitespace()
                scan.index += 1 // ':'
                scan.skipWhitespace()
                var node = scan.node
                if scan.at(UInt8(ascii: "\"")) { node.plainEnd = scan.skipStringNotingEnd() } else { scan.skipValue() }
                members.append(RawMember(key: key, node: node))
                scan.skipWhitespace()
                guard scan.at(UInt8(ascii: ",")) else { break }
                scan.index += 1
                scan.skipWhitespace()
            }
            scan.index += 1 // '}'
            return (members, scan.node)
        }
    }

    /// The items of a list, in order.
    func items(_ node: RawNode) -> [RawNode] {
        var items: [RawNode] = []
        var next = firstItem(node)
        while let item = next {
            items.append(item)
            next = self.item(after: end(of: item))
        }
        return items
    }

    /// How many items a list has (noted by the syntax check for the top-level lists).
    func count(_ node: RawNode) -> Int {
        if let count = outline.listCounts[node.offset] { return count }
        var count = 0
        var next = firstItem(node)
        while let item = next {
            count += 1
            next = self.item(after: end(of: item))
        }
        return count
    }

    /// A list's first item; nil when the list is empty (or not a list).
    func firstItem(_ node: RawNode) -> RawNode? {
        guard isArray(node) else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            var scan = RawScan(buffer, at: node.offset + 1, line: node.line)
            scan.skipWhitespace()
            return scan.at(UInt8(ascii: "]")) ? nil : scan.node
        }
    }

    /// The item after the one that ends at `end`; nil after the last.
    func item(after end: RawNode) -> RawNode? {
        bytes.withUnsafeBufferPointer { buffer in
            var scan = RawScan(buffer, at: end.offset, line: end.line)
            scan.skipWhitespace()
            guard scan.at(UInt8(ascii: ",")) else { return nil }
            scan.index += 1
            scan.skipWhitespace()
            return scan.node
        }
    }

    /// Where the value at `node` ends (after its last byte).
    func end(of node: RawNode) -> RawNode {
        bytes.withUnsafeBufferPointer { buffer in
            var scan = RawScan(buffer, at: node.offset, line: node.line)
            scan.skipValue()
            return scan.node
        }
    }
}
