/// Text from a file made safe to show on a terminal: every character that could drive the
/// terminal (a C0 control, DEL, a C1 control such as CSI, the Unicode line and paragraph
/// separators) is replaced by a visible form of it, so a crafted programme name can neither
/// retitle the window (`ESC ] 0 ; ... BEL`) nor reset the terminal (`ESC c`), and the reader
/// still sees that the character is there. The one rule for the command line's output and for
/// the screen (`Buffer` draws a control character as this visible form).
///
/// - C0 and DEL in caret notation: ESC shows as `^[`, BEL as `^G`, NUL as `^@`, DEL as `^?`.
/// - C1 and U+2028/U+2029 as a `\u` escape: U+009B (CSI) shows as `\u009b`.
///
/// Text written to a file (`report --out`) is not a terminal's, and keeps its characters.
public enum TerminalText {
    /// `text` with each control character replaced by its visible form. With
    /// `keepingLineBreaks` (multi-line text, such as a report), the newline and the tab stay
    /// as they are; otherwise (one line of a listing or a message) they are shown as `^J`, `^I`.
    public static func visible(_ text: String, keepingLineBreaks: Bool = false) -> String {
        if isSafe(text, keepingLineBreaks: keepingLineBreaks) { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if keepingLineBreaks && (scalar == "\n" || scalar == "\t") {
                result.append(scalar)
            } else if let form = visibleForm(of: scalar) {
                result.append(contentsOf: form.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// What a control character shows as (ASCII, 2 or 6 columns); nil for any other character.
    public static func visibleForm(of scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x00..<0x20: return "^" + String(Unicode.Scalar(UInt8(scalar.value + 0x40)))
        case 0x7F: return "^?"
        case 0x80..<0xA0, 0x2028, 0x2029:
            let digits = String(scalar.value, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
        default: return nil
        }
    }

    /// The visible form of a grapheme that is (or holds) a control character: the forms of
    /// its scalars (a grapheme of "\r\n" shows as `^M^J`).
    public static func visibleForm(of grapheme: Character) -> String {
        var result = ""
        for scalar in grapheme.unicodeScalars { result += visibleForm(of: scalar) ?? String(scalar) }
        return result
    }

    /// True when no byte of the text needs replacing: most text, checked a byte at a time.
    private static func isSafe(_ text: String, keepingLineBreaks: Bool) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 {
                guard keepingLineBreaks, byte == 0x0A || byte == 0x09 else { return false }
            } else if byte == 0x7F {
                return false
            } else if byte >= 0x80 && byte < 0xA0 && previous == 0xC2 {
                return false // U+0080 to U+009F: C2 80 to C2 9F
            } else if (byte == 0xA8 || byte == 0xA9) && previous == 0x80 && beforePrevious == 0xE2 {
                return false // U+2028, U+2029: E2 80 A8, E2 80 A9
            }
            beforePrevious = previous
            previous = byte
        }
        return true
    }
}
