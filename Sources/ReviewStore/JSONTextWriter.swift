import Foundation
import ReviewModel

/// Pretty-printed JSON as review files lay it out: two-space indents, one member or item per
/// line, `[]` and `{}` for empty containers, `"key": value`.
struct JSONTextWriter {
    var out: [UInt8] = []
    /// Members or items written so far in each open container, outermost first.
    private var written: [Int] = []
    /// Takes the text written so far once it reaches `chunkSize` bytes (nil: all stays in `out`).
    var drain: (([UInt8]) -> Void)?
    var chunkSize = Int.max
    /// How many bytes `drain` has taken: `drained + out.count` is where the next byte goes.
    private(set) var drained = 0

    /// Hands the text written so far to `drain`.
    mutating func flush() {
        guard let drain, !out.isEmpty else { return }
        drain(out)
        drained += out.count
        out.removeAll(keepingCapacity: true)
    }

    mutating func openObject() { open(UInt8(ascii: "{")) }
    mutating func closeObject() { close(UInt8(ascii: "}")) }

    private mutating func open(_ bracket: UInt8) {
        out.append(bracket)
        written.append(0)
    }

    private mutating func close(_ bracket: UInt8) {
        let count = written.removeLast()
        if count > 0 { newline() }
        out.append(bracket)
    }

    /// Starts the next member or item of the innermost container.
    private mutating func next() {
        if out.count >= chunkSize { flush() }
        if let last = written.indices.last {
            if written[last] > 0 { out.append(UInt8(ascii: ",")) }
            written[last] += 1
        }
        newline()
    }

    private mutating func newline() {
        out.append(0x0A)
        for _ in 0..<(written.count * 2) { out.append(0x20) }
    }

    mutating func key(_ name: String) {
        next()
        JSONTextWriter.writeString(name, into: &out)
        out.append(UInt8(ascii: ":"))
        out.append(0x20)
    }

    mutating func string(_ text: String) { JSONTextWriter.writeString(text, into: &out) }
    mutating func number(_ text: String) { out.append(contentsOf: text.utf8) }

    /// Money keeps at least one decimal place, as papers print it: 136.0, -15.0, 2909.3.
    mutating func money(_ value: Money) {
        let text = DecimalText.canonical(value.millions)
        number(text.contains(".") ? text : text + ".0")
    }

    mutating func optionalNumber(_ name: String, _ value: Int?) {
        if let value { key(name); number(String(value)) }
    }

    mutating func optionalDecimal(_ name: String, _ value: Decimal?) {
        if let value { key(name); number(DecimalText.canonical(value)) }
    }

    mutating func optionalDay(_ name: String, _ value: CalendarDate?) {
        if let value { key(name); string(value.iso) }
    }

    mutating func strings(_ values: [String]) {
        open(UInt8(ascii: "["))
        for value in values {
            next()
            string(value)
        }
        close(UInt8(ascii: "]"))
    }

    mutating func array<Items: Sequence>(_ items: Items, _ writeItem: (Items.Element, inout JSONTextWriter) -> Void) {
        open(UInt8(ascii: "["))
        for item in items {
            next()
            writeItem(item, &self)
        }
        close(UInt8(ascii: "]"))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Text without quotes, backslashes or control characters (nearly all) is copied as it is.
        let copied: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if copied == true {
            out.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "\\"))
            case 0x0A: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "t"))
            case 0..<0x20:
                out.append(contentsOf: "\\u00".utf8)
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
