#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReviewModel

/// The lowercased text of some items, in one contiguous run of bytes, searched with `memchr`.
///
/// Each item's fields are lowercased (`String.lowercased()`; ASCII byte by byte) and stored
/// one after another, every field followed by a 0 byte, so a needle (which never holds a 0)
/// cannot match across two fields or two items. A search looks for the needle's rarest byte
/// with `memchr` and compares the rest, so it reads the bytes once: about 10 MB at
/// 100,000 items, a few milliseconds.
struct SearchText: Sendable {
    private(set) var bytes: [UInt8] = []
    /// Where each item's text ends in `bytes` (exclusive).
    private(set) var ends: [Int] = []
    private(set) var items: [ItemRef] = []

    var count: Int { items.count }

    mutating func add(_ item: ItemRef, _ fields: [String]) {
        for field in fields { SearchText.appendLowercased(field, to: &bytes) }
        ends.append(bytes.count)
        items.append(item)
    }

    static func appendLowercased(_ field: String, to bytes: inout [UInt8]) {
        var field = field
        let isASCII = field.withUTF8 { text -> Bool in
            for byte in text where byte >= 0x80 { return false }
            bytes.reserveCapacity(bytes.count + text.count + 1)
            for byte in text { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
            return true
        }
        if !isASCII { bytes.append(contentsOf: field.lowercased().utf8) }
        bytes.append(0)
    }

    /// Calls `found` with every item whose text holds `needle`, in the order they were added.
    func forEachMatch(_ needle: SearchNeedle, _ found: (ItemRef) -> Void) {
        let length = needle.bytes.count
        guard length > 0, !items.isEmpty else { return }
        let anchor = needle.anchor
        let anchorByte = Int32(needle.bytes[anchor])
        bytes.withUnsafeBufferPointer { haystack in
            needle.bytes.withUnsafeBufferPointer { pattern in
                guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress else { return }
                var from = 0
                var item = 0
                let total = haystack.count
                while from + length <= total {
                    // The anchor byte of a match starting at or after `from`.
                    guard let hit = memchr(base + from + anchor, anchorByte, total - from - anchor) else { return }
                    let start = UnsafeRawPointer(hit) - UnsafeRawPointer(base) - anchor
                    if start + length <= total && memcmp(base + start, patternBase, length) == 0 {
                        // The item holding `start`: the first whose end is past it (items are few per
                        // match, so a forward walk from the last one found is cheap; a binary search
                        // jumps far ahead).
                        item = SearchText.itemIndex(containing: start, ends: ends, from: item)
                        found(items[item])
                        from = ends[item]
                        item += 1
                    } else {
                        from = start + 1
                    }
                }
            }
        }
    }

    static func itemIndex(containing offset: Int, ends: [Int], from first: Int) -> Int {
        var low = first, high = ends.count - 1
        while low < high {
            let middle = (low + high) / 2
            if ends[middle] > offset { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

/// A query as `SearchText` looks for it: lowercased bytes and the byte to look for first.
struct SearchNeedle: Sendable {
    let bytes: [UInt8]
    /// The index of the needle's rarest byte in English text (the fewest false starts).
    let anchor: Int

    init(_ query: String) {
        var lowered: [UInt8] = []
        SearchText.appendLowercased(query, to: &lowered)
        lowered.removeLast()
        let needle = lowered.filter { $0 != 0 }
        let common: [UInt8] = Array(" etaoinsrhldcumfpgwybvkxjqz".utf8)
        func rank(_ byte: UInt8) -> Int { common.firstIndex(of: byte).map { common.count - $0 } ?? 0 }
        bytes = needle
        anchor = needle.indices.min { rank(needle[$0]) < rank(needle[$1]) } ?? 0
    }

    var isEmpty: Bool { bytes.isEmpty }
}
