import Foundation

/// Exact decimal parsing, rounding and formatting. Never goes through Double.
public enum DecimalText {
    /// Parses a plain decimal such as "1254.7", "-15.0", "1,777,610" (commas allowed between digit groups).
    public static func parse(_ text: String) -> Decimal? {
        var body = text.trimmingSpaces
        guard !body.isEmpty else { return nil }
        var negative = false
        if body.hasPrefix("-") || body.hasPrefix("−") { negative = true; body.removeFirst() }
        else if body.hasPrefix("+") { body.removeFirst() }
        let withoutGrouping = body.replacingOccurrences(of: ",", with: "")
        let parts = withoutGrouping.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty || parts.count == 2,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }),
              parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy({ $0.isASCII && $0.isNumber })),
              whole.count + (parts.count == 2 ? parts[1].count : 0) <= 30
        else { return nil }
        if body.contains(","),
           !groupingIsValid(String(body.split(separator: ".", omittingEmptySubsequences: false).first ?? "")) { return nil }
        // Digits and one "." only (checked above): no locale is needed, and making one maps in ICU data.
        guard let value = Decimal(string: withoutGrouping) else { return nil }
        return negative ? -value : value
    }

    private static func groupingIsValid(_ wholeWithCommas: String) -> Bool {
        let groups = wholeWithCommas.split(separator: ",", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// Rounds half away from zero (as papers round) to `places` decimal places.
    public static func rounded(_ value: Decimal, places: Int) -> Decimal {
        // .plain rounds halves away from zero for both signs.
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, places, .plain)
        return result
    }

    /// Formats with thousands separators and exactly `places` decimals: 2909.3 -> "2,909.3".
    public static func format(_ value: Decimal, places: Int, grouping: Bool = true) -> String {
        let roundedValue = rounded(value, places: places)
        let negative = roundedValue < 0
        let magnitude = negative ? -roundedValue : roundedValue
        let plain = plainDigits(magnitude)
        let parts = plain.split(separator: ".", omittingEmptySubsequences: false)
        var whole = String(parts.first ?? "0")
        if whole.isEmpty { whole = "0" }
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        if fraction.count < places { fraction += String(repeating: "0", count: places - fraction.count) }
        if fraction.count > places { fraction = String(fraction.prefix(places)) }
        let groupedWhole = grouping ? group(whole) : whole
        let body = places > 0 ? "\(groupedWhole).\(fraction)" : groupedWhole
        return negative ? "-\(body)" : body
    }

    /// How many decimal places a value is written with (19.87 has 2, 564600 has 0).
    public static func places(of value: Decimal) -> Int {
        let text = canonical(value)
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: dot, to: text.endIndex) - 1
    }

    /// The shortest exact text of a decimal, as written to files: 2909.3, -15, 0.25.
    public static func canonical(_ value: Decimal) -> String {
        let negative = value < 0
        let digits = plainDigits(negative ? -value : value)
        return negative && digits != "0" ? "-\(digits)" : digits
    }

    /// Digits without exponent notation.
    static func plainDigits(_ value: Decimal) -> String {
        if let digits = smallPlainDigits(value) { return digits }
        var text = "\(value)"
        if text.utf8.contains(UInt8(ascii: "e")) || text.utf8.contains(UInt8(ascii: "E")) {
            text = NSDecimalNumber(decimal: value).stringValue
        }
        return text
    }

    /// `"\(value)"` for a value of at least zero whose significand fits in 64 bits and whose
    /// exponent is modest (every figure a paper states), built from the significand and
    /// exponent: Decimal's own conversion to text is several times slower. Nil otherwise.
    static func smallPlainDigits(_ value: Decimal) -> String? {
        guard !value.isNaN, value.sign == .plus else { return nil }
        var exponent = value.exponent
        let significand = value.significand
        guard (-30...30).contains(exponent) else { return nil }
        var whole = NSDecimalNumber(decimal: significand).uint64Value
        // Exactly the significand, or the general conversion.
        guard Decimal(whole) == significand else { return nil }
        if whole == 0 { return "0" }
        while exponent < 0 && whole % 10 == 0 {
            whole /= 10
            exponent += 1
        }
        let digits = String(whole)
        if exponent >= 0 { return digits + String(repeating: "0", count: exponent) }
        let places = -exponent
        if digits.utf8.count > places {
            let split = digits.index(digits.endIndex, offsetBy: -places)
            return digits[..<split] + "." + digits[split...]
        }
        return "0." + String(repeating: "0", count: places - digits.utf8.count) + digits
    }

    static func group(_ digits: String) -> String {
        let chars = Array(digits)
        var out = ""
        out.reserveCapacity(chars.count + chars.count / 3)
        for (index, char) in chars.enumerated() {
            if index > 0 && (chars.count - index) % 3 == 0 { out.append(",") }
            out.append(char)
        }
        return out
    }
}
