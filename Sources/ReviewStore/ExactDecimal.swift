import Foundation
import ReviewModel

/// The value of a JSON number's text exactly as written, or nil: `Decimal` keeps 38 significant
/// digits and would otherwise round the rest away without a word.
enum ExactDecimal {
    /// The number `text` (a plain JSON number, no exponent) writes, or nil when it has more
    /// digits than a `Decimal` keeps. With at most 38 digits in all nothing can be rounded, so
    /// the check (which formats the value back) is needed only beyond.
    static func value(_ text: String) -> Decimal? {
        if let value = small(text) { return value }
        // No locale: "." is the separator without one, as in en_US_POSIX, and making a Locale
        // would map in megabytes of ICU data.
        guard let value = Decimal(string: text),
              digitCount(text) <= 38 || DecimalText.canonical(value) == canonicalText(text) else { return nil }
        return value
    }

    /// The value of a plain number of at most 18 digits (not zero), built from its digits: the
    /// same Decimal as `Decimal(string:)` gives (equal, same hash, same text), a fraction of
    /// the work. Nil for anything else, which is read the general way.
    static func small(_ text: String) -> Decimal? {
        var negative = false, seenDot = false
        var mantissa: UInt64 = 0
        var digits = 0, fraction = 0
        for (i, byte) in text.utf8.enumerated() {
            if byte == UInt8(ascii: "-") && i == 0 { negative = true; continue }
            if byte == UInt8(ascii: ".") && !seenDot { seenDot = true; continue }
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            digits += 1
            guard digits <= 18 else { return nil }
            mantissa = mantissa * 10 + UInt64(byte - 0x30)
            if seenDot { fraction += 1 }
        }
        guard mantissa != 0 else { return nil }
        return Decimal(sign: negative ? .minus : .plus, exponent: -fraction, significand: Decimal(mantissa))
    }

    /// Digits in a number's text (leading and trailing zeros included).
    static func digitCount(_ text: String) -> Int {
        text.utf8.reduce(0) { $0 + ($1 >= 0x30 && $1 <= 0x39 ? 1 : 0) }
    }

    /// A plain JSON number without redundant zeros or sign, as DecimalText.canonical writes it.
    static func canonicalText(_ text: String) -> String {
        var body = Substring(text)
        let negative = body.hasPrefix("-")
        if negative { body = body.dropFirst() }
        var whole = body
        var fraction: Substring = ""
        if let dot = body.firstIndex(of: ".") {
            whole = body[..<dot]
            fraction = body[body.index(after: dot)...]
        }
        whole = whole.drop { $0 == "0" }
        while fraction.last == "0" { fraction = fraction.dropLast() }
        var result = whole.isEmpty ? "0" : String(whole)
        if !fraction.isEmpty { result += "." + fraction }
        return negative && result != "0" ? "-" + result : result
    }
}
