/// Eight bytes at a time: tests that tell whether any byte of a word is a given value or below
/// one (exact as yes/no answers), for scanning text faster than byte by byte.
enum ByteWords {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    static let spaces: UInt64 = 0x2020_2020_2020_2020

    /// The eight bytes from `offset` (which must leave eight), in memory order from the low byte.
    @inline(__always)
    static func load(_ buffer: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(buffer.baseAddress.unsafelyUnwrapped + offset).loadUnaligned(as: UInt64.self))
    }

    /// Whether some byte of `word` is below `limit` (at most 128).
    @inline(__always)
    static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highBits != 0
    }

    /// Whether some byte of `word` is `byte`.
    @inline(__always)
    static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
        hasByte(below: 1, in: word ^ (ones &* UInt64(byte)))
    }

    /// Whether some byte of `word` ends a plain run of string text: a quote, a backslash or a
    /// control character.
    @inline(__always)
    static func endsText(_ word: UInt64) -> Bool {
        hasByte(UInt8(ascii: "\""), in: word) || hasByte(UInt8(ascii: "\\"), in: word) || hasByte(below: 0x20, in: word)
    }

    /// How many spaces `word` starts with (0 to 8).
    @inline(__always)
    static func leadingSpaces(_ word: UInt64) -> Int {
        (word ^ spaces).trailingZeroBitCount >> 3
    }
}
