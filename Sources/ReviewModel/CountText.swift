import Foundation

/// Whole-number counts shown with thousands separators: 1,777,610.
public enum CountText {
    public static func format(_ value: Int) -> String {
        value < 0 ? "-" + DecimalText.group(String(-value)) : DecimalText.group(String(value))
    }

    /// Parses "1777610" or "1,777,610".
    public static func parse(_ text: String) -> Int? {
        guard let value = DecimalText.parse(text), value == DecimalText.rounded(value, places: 0) else { return nil }
        return Int(DecimalText.canonical(value))
    }
}
