/// Text without the spaces and tabs around it, as Foundation's
/// `trimmingCharacters(in: .whitespaces)` gives (Unicode general category Zs, U+0009 and the
/// zero-width space U+200B; line breaks stay), read from the scalars without bridging to
/// `NSString`: loading a review trims thousands of dates and figures.
extension StringProtocol {
    public var trimmingSpaces: String {
        let scalars = Substring(self).unicodeScalars
        let isSpace = { (scalar: Unicode.Scalar) in
            scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
        }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(Substring(scalars[first...last]))
    }
}
