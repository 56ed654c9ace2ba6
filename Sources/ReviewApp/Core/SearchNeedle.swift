/// A query as `SearchText` looks for it: its lowercased bytes (a 0 byte, which no text holds
/// inside a field, is left out).
struct SearchNeedle: Sendable {
    let bytes: [UInt8]

    init(_ query: String) {
        var lowered: [UInt8] = []
        SearchText.appendLowercased(query, to: &lowered)
        lowered.removeLast()
        bytes = lowered.filter { $0 != 0 }
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// Whether this needle holds `other`: then every text holding this one holds `other`, so
    /// this one's matches are among `other`'s.
    func holds(_ other: SearchNeedle) -> Bool {
        guard !other.bytes.isEmpty, other.bytes.count <= bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { text in
            other.bytes.withUnsafeBufferPointer { pattern in
                systemMemmem(text.baseAddress, text.count, pattern.baseAddress, pattern.count) != nil
            }
        }
    }
}
