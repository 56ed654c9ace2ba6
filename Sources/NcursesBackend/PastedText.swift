/// The text of a bracketed paste as it is read, character code by character code: a
/// carriage return, a line feed or both in a row are one "\n"; tabs are kept; other
/// control characters are dropped.
struct PastedText {
    private(set) var text = ""
    private var afterCarriageReturn = false

    mutating func append(code: UInt32) {
        defer { afterCarriageReturn = code == 13 }
        switch code {
        case 13: text.append("\n")
        case 10: if !afterCarriageReturn { text.append("\n") }
        case 9: text.append("\t")
        case 0..<0x20, 0x7F, 0x80..<0xA0: return
        default:
            guard let scalar = Unicode.Scalar(code) else { return }
            text.unicodeScalars.append(scalar)
        }
    }
}
