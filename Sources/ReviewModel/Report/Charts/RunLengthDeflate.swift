/// A zlib stream (RFC 1950/1951) of one deflate block with the fixed Huffman codes, whose
/// only matches are runs of one byte (distance 1): small for a chart's filtered scanlines,
/// which are mostly runs (a row the same as the one above is all zeros under PNG's Up
/// filter), and quick to write. Any inflater reads it.
struct RunLengthDeflate {
    private var out: [UInt8] = []
    private var bits: UInt64 = 0
    private var count = 0

    /// The zlib stream of `data`: header, the block, the Adler-32 of `data`.
    static func zlib(_ data: [UInt8]) -> [UInt8] {
        var encoder = RunLengthDeflate()
        encoder.out.reserveCapacity(data.count / 16 + 64)
        encoder.out += [0x78, 0x01]
        encoder.write(1, 1)  // the final block
        encoder.write(1, 2)  // fixed Huffman codes
        // Adler-32 of the data, a run at a time: n bytes of value v after (a, b) give
        // a + n·v and b + n·a + v·n(n+1)/2 (modulo 65521).
        var a: UInt64 = 1, b: UInt64 = 0
        data.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            let total = buffer.count
            var index = 0
            while index < total {
                let byte = base[index]
                encoder.literal(Int(byte))
                var next = index + 1
                // Eight bytes at a time while they are all the same byte, then one at a time.
                let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
                while next + 8 <= total && raw.loadUnaligned(fromByteOffset: next, as: UInt64.self) == pattern { next += 8 }
                while next < total && base[next] == byte { next += 1 }
                let length = UInt64(next - index)
                let value = UInt64(byte)
                b = (b + length % 65_521 * a + value * (length * (length + 1) / 2 % 65_521)) % 65_521
                a = (a + length % 65_521 * value) % 65_521
                // The bytes after the literal, as copies of the byte before (at most 258 each).
                var left = next - index - 1
                while left >= 3 {
                    let count = min(left, 258)
                    encoder.match(count)
                    left -= count
                }
                for _ in 0..<left { encoder.literal(Int(byte)) }
                index = next
            }
        }
        encoder.code(0, length: 7)  // end of block (256)
        encoder.flush()
        let adler = UInt32(b << 16 | a)
        encoder.out += [UInt8(adler >> 24), UInt8(adler >> 16 & 0xFF), UInt8(adler >> 8 & 0xFF), UInt8(adler & 0xFF)]
        return encoder.out
    }

    /// Bits in the stream's order (least significant first).
    private mutating func write(_ value: Int, _ length: Int) {
        bits |= UInt64(value) << UInt64(count)
        count += length
        while count >= 8 {
            out.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
            count -= 8
        }
    }

    /// A Huffman code: written from its most significant bit.
    private mutating func code(_ value: Int, length: Int) {
        write(Self.reversed(value, length), length)
    }

    private static func reversed(_ value: Int, _ length: Int) -> Int {
        var reversed = 0
        for bit in 0..<length where value & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
        return reversed
    }

    /// Each byte's literal code, bits in stream order, and its length in bits.
    private static let literals: [(bits: Int, length: Int)] = (0..<256).map { byte in
        byte < 144 ? (reversed(0x30 + byte, 8), 8) : (reversed(0x190 + byte - 144, 9), 9)
    }

    /// For each length 3...258 (indexed by length), a match of it from one byte back: the
    /// length's code, its extra bits and distance code 0, in stream order, and how many bits.
    private static let matches: [(bits: Int, length: Int)] = (0...258).map { length in
        guard length >= 3 else { return (0, 0) }
        var index = lengthBases.count - 1
        while lengthBases[index] > length { index -= 1 }
        let symbol = 257 + index
        let code = symbol < 280 ? (reversed(symbol - 256, 7), 7) : (reversed(0xC0 + symbol - 280, 8), 8)
        let extra = lengthExtraBits[index]
        // Distance code 0 (distance 1) is five zero bits after the extra bits.
        return (code.0 | (length - lengthBases[index]) << code.1, code.1 + extra + 5)
    }

    private mutating func literal(_ byte: Int) {
        let entry = Self.literals[byte]
        write(entry.bits, entry.length)
    }

    /// Lengths 3...258 by code 257...285: the first length of each code and its extra bits.
    private static let lengthBases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
                                      131, 163, 195, 227, 258]
    private static let lengthExtraBits = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]

    /// A copy of `length` bytes from one byte back.
    private mutating func match(_ length: Int) {
        let entry = Self.matches[length]
        write(entry.bits, entry.length)
    }

    private mutating func flush() {
        if count > 0 { out.append(UInt8(truncatingIfNeeded: bits)) }
        bits = 0
        count = 0
    }
}
