#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReviewModel

/// The lowercased text of some items, in one contiguous run of bytes, searched with `memmem`.
///
/// Each item's fields are lowercased (`String.lowercased()`; ASCII byte by byte) and stored
/// one after another, every field followed by a 0 byte, so a needle (which never holds a 0)
/// cannot match across two fields or two items. A search is the C library's `memmem` over the
/// bytes, once: about 15 MB at 100,000 items, a few milliseconds.
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
        forEachMatchingSlot(needle) { found(items[$0]) }
    }

    /// Calls `found` with the slot (the position in this text) of every item whose text holds
    /// `needle`, in the order they were added.
    func forEachMatchingSlot(_ needle: SearchNeedle, _ found: (Int) -> Void) {
        let length = needle.bytes.count
        guard length > 0, !items.isEmpty else { return }
        bytes.withUnsafeBufferPointer { haystack in
            needle.bytes.withUnsafeBufferPointer { pattern in
                guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress else { return }
                var from = 0
                var item = 0
                let total = haystack.count
                while from + length <= total {
                    guard let hit = systemMemmem(base + from, total - from, patternBase, length) else { return }
                    // The item holding the match; the search goes on after it (one call per item).
                    item = SearchText.itemIndex(containing: UnsafeRawPointer(hit) - UnsafeRawPointer(base), ends: ends, from: item)
                    found(item)
                    from = ends[item]
                    item += 1
                }
            }
        }
    }

    /// The same among some items only (their slots, ascending): each item's text is searched
    /// on its own, so the cost is that of the items' text, not of the whole.
    func forEachMatchingSlot(_ needle: SearchNeedle, among slots: [Int32], _ found: (Int) -> Void) {
        let length = needle.bytes.count
        guard length > 0 else { return }
        bytes.withUnsafeBufferPointer { haystack in
            needle.bytes.withUnsafeBufferPointer { pattern in
                guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress else { return }
                for slot in slots {
                    let item = Int(slot)
                    guard ends.indices.contains(item) else { continue }
                    let start = item == 0 ? 0 : ends[item - 1]
                    if ends[item] - start >= length, systemMemmem(base + start, ends[item] - start, patternBase, length) != nil {
                        found(item)
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

/// glibc's `memmem` (a GNU extension the Glibc module does not import): the first place a
/// needle occurs in a haystack, or nil.
@_silgen_name("memmem")
func systemMemmem(_ haystack: UnsafeRawPointer?, _ haystackLength: Int, _ needle: UnsafeRawPointer?,
                  _ needleLength: Int) -> UnsafeMutableRawPointer?
