extension Character {
    /// How many terminal columns this grapheme takes: 0, 1 or 2.
    ///
    /// - 0 for graphemes that show nothing by themselves: a lone combining mark, a
    ///   zero-width space, joiners, bidi and other format controls.
    /// - 2 for East Asian wide and fullwidth characters and emoji shown as emoji
    ///   (default emoji presentation, or an emoji followed by U+FE0F).
    /// - 1 otherwise, including control characters, which `Buffer` replaces by U+FFFD.
    ///
    /// A `Character` is a whole grapheme cluster, so "e" + U+0301 is one character of
    /// width 1. Never use `String.count` as a width.
    public var terminalWidth: Int {
        if isASCII { return 1 }
        let scalars = unicodeScalars
        guard let first = scalars.first else { return 0 }
        let properties = first.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        case .control, .lineSeparator, .paragraphSeparator:
            return 1
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
        if let ascii = asciiValue { return ascii < 0x20 || ascii == 0x7F }
        guard let first = unicodeScalars.first else { return false }
        switch first.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }
}
