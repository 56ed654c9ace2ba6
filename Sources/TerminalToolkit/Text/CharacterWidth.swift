extension Character {
    /// How many terminal columns this grapheme takes: 0, 1 or 2.
    ///
    /// - 0 for graphemes that show nothing by themselves: a lone combining mark, a
    ///   zero-width space, joiners, bidi and other format controls.
    /// - 2 for East Asian wide and fullwidth characters and emoji shown as emoji
    ///   (default emoji presentation, or an emoji followed by U+FE0F).
    /// - for a control character (C0 but the tab, DEL, C1, the line and paragraph separators),
    ///   the width of the visible form `Buffer` draws for it (`TerminalText`): `^[` is 2.
    /// - 1 otherwise (a tab too, which `Buffer` draws as a space).
    ///
    /// A `Character` is a whole grapheme cluster, so "e" + U+0301 is one character of
    /// width 1. Never use `String.count` as a width.
    public var terminalWidth: Int {
        if let ascii = oneByte { return (ascii < 0x20 && ascii != 0x09) || ascii == 0x7F ? 2 : 1 }
        if let known = NarrowScalarTable.lookup(self) { return Int(known & NarrowScalarTable.widthMask) }
        return generalTerminalWidth
    }

    /// The rules behind `terminalWidth`, for any grapheme.
    var generalTerminalWidth: Int {
        let scalars = unicodeScalars
        guard let first = scalars.first else { return 0 }
        let properties = first.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        case .control, .lineSeparator, .paragraphSeparator:
            return self == "\t" ? 1 : TerminalText.visibleForm(of: self).utf8.count
        default:
            break
        }
        if first.value >= 0x1160 && first.value <= 0x11FF { return 0 } // Hangul medial and final Jamo
        if properties.isEmojiPresentation || WideCharacterRanges.contains(first.value) { return 2 }
        if properties.isEmoji && scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return 1
    }

    /// True for characters that must never reach the terminal as they are: C0 and C1
    /// controls, DEL, and the line and paragraph separators.
    public var isTerminalControl: Bool {
        if let ascii = oneByte { return ascii < 0x20 || ascii == 0x7F }
        if let known = NarrowScalarTable.lookup(self) { return known & NarrowScalarTable.controlFlag != 0 }
        return generalIsTerminalControl
    }

    /// The byte of a grapheme that is one ASCII byte, else nil: what `asciiValue` answers for
    /// such graphemes, found from the UTF-8 bytes (`asciiValue` goes through the scalars,
    /// several times the cost, and a frame asks for every grapheme it draws). "\r\n", the one
    /// ASCII grapheme of two bytes, is left to the general rules.
    @inline(__always)
    var oneByte: UInt8? {
        var bytes = utf8.makeIterator()
        guard let byte = bytes.next(), byte < 0x80, bytes.next() == nil else { return nil }
        return byte
    }

    /// The rules behind `isTerminalControl`, for any grapheme.
    var generalIsTerminalControl: Bool {
        guard let first = unicodeScalars.first else { return false }
        switch first.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }
}
