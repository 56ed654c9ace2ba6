/// A 64-bit FNV-1a hash of a file's bytes: cheap, stable across runs and platforms, and
/// enough to tell "the same bytes" from "different bytes" (it is not a security measure).
public struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    public let value: UInt64

    public init(value: UInt64) { self.value = value }

    public init(of bytes: some Sequence<UInt8>) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        value = hash
    }

    /// The hash of bytes given in parts: the same as `ContentHash(of:)` over the parts joined.
    public struct Hasher: Sendable {
        private var state: UInt64 = 0xcbf2_9ce4_8422_2325

        public init() {}

        public mutating func combine(_ bytes: [UInt8]) {
            var hash = state
            bytes.withUnsafeBufferPointer { buffer in
                for byte in buffer {
                    hash ^= UInt64(byte)
                    hash &*= 0x0000_0100_0000_01b3
                }
            }
            state = hash
        }

        public var hash: ContentHash { ContentHash(value: state) }
    }

    /// Sixteen lower-case hex digits.
    public var description: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Reads the sixteen hex digits `description` writes.
    public init?(hex: some StringProtocol) {
        let isHex = hex.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) || (0x41...0x46).contains($0) }
        guard hex.utf8.count == 16, isHex, let value = UInt64(hex, radix: 16) else { return nil }
        self.value = value
    }
}
