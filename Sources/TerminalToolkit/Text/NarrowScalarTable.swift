/// `terminalWidth` and `isTerminalControl` of every one-scalar grapheme from U+0080 to U+27FF
/// (accented letters, £, punctuation such as … and ·, arrows, box drawing, blocks, ▶, ✓, ★),
/// worked out once by the general rules above and then looked up: drawing a frame asks for
/// the width of every grapheme it writes, and the rules cost hundreds of instructions each.
enum NarrowScalarTable {
    static let widthMask: UInt8 = 0x07
    static let controlFlag: UInt8 = 0x80
    static let range: Range<UInt32> = 0x80..<0x2800

    private static let entries: [UInt8] = range.map { value in
        guard let scalar = Unicode.Scalar(value) else { return 1 }
        let character = Character(scalar)
        return UInt8(character.generalTerminalWidth) | (character.generalIsTerminalControl ? controlFlag : 0)
    }

    /// The entry for a grapheme that is one scalar in the table's range, else nil.
    static func lookup(_ character: Character) -> UInt8? {
        // One scalar of two or three UTF-8 bytes: the byte count matches what the lead byte announces.
        var bytes = character.utf8.makeIterator()
        guard let lead = bytes.next(), let second = bytes.next() else { return nil }
        let value: UInt32
        if lead & 0xE0 == 0xC0 {
            guard bytes.next() == nil else { return nil }
            value = UInt32(lead & 0x1F) << 6 | UInt32(second & 0x3F)
        } else if lead & 0xF0 == 0xE0 {
            guard let third = bytes.next(), bytes.next() == nil else { return nil }
            value = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
        } else {
            return nil
        }
        guard range.contains(value) else { return nil }
        return entries[Int(value - range.lowerBound)]
    }
}
