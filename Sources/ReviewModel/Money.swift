import Foundation

/// An amount of money in pounds sterling, held exactly as a decimal number of £ millions,
/// which is how board papers state budgets.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var millions: Decimal

    public init(millions: Decimal) { self.millions = millions }

    public static let zero = Money(millions: 0)

    /// The forms `parse` accepts, with what each means (help lists them; a test parses each).
    public static let acceptedForms: [(example: String, meaning: String)] = [
        ("1254.7", "£ millions, as papers state budgets"),
        ("£1,254.7m", "the same with £, commas and m"),
        ("£15m", "whole millions"),
        ("-15.0", "a cut or a deficit"),
        ("-£15.0m", "the same with £ and m"),
        ("(15.0)", "a deficit in brackets, as papers print it"),
    ]

    /// Parses "1254.7", "£1,254.7m", "-15.0", "-£15.0m", "£15m", "(15.0)" (a paper's deficit).
    public static func parse(_ text: String) -> Money? {
        var body = text.trimmingSpaces
        var negative = false
        if body.hasPrefix("(") && body.hasSuffix(")") {
            negative = true
            body = String(body.dropFirst().dropLast())
        }
        if body.hasPrefix("-") || body.hasPrefix("−") { negative.toggle(); body.removeFirst() }
        if body.hasPrefix("£") { body.removeFirst() }
        if body.hasPrefix("-") { negative.toggle(); body.removeFirst() }
        if body.lowercased().hasSuffix("m") { body.removeLast() }
        guard let value = DecimalText.parse(body), value >= 0 || !body.hasPrefix("-") else { return nil }
        return Money(millions: negative ? -value : value)
    }

    /// "£2,909.3m", "-£15.0m": one decimal place of millions, as the papers print.
    public var formatted: String { format(places: 1) }

    public func format(places: Int) -> String {
        let text = DecimalText.format(millions, places: places)
        return text.hasPrefix("-") ? "-£\(text.dropFirst())m" : "£\(text)m"
    }

    /// "2909.3": plain, no symbol, for CSV and editing.
    public var plain: String { DecimalText.canonical(millions) }

    public var description: String { formatted }

    /// Pounds per person: £2,909.3m / 1,777,610 = £1,636.63 per head.
    public func perHead(population: Int) -> Decimal? {
        guard population > 0 else { return nil }
        return millions * 1_000_000 / Decimal(population)
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.millions < rhs.millions }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(millions: lhs.millions + rhs.millions) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(millions: lhs.millions - rhs.millions) }
    public static prefix func - (value: Money) -> Money { Money(millions: -value.millions) }
}

extension Sequence where Element == Money {
    public func sum() -> Money { reduce(Money.zero, +) }
}
