import Foundation

/// A typed cell value.
public enum ReportValue: Hashable, Sendable {
    case text(String)
    /// £ millions: "£2,909.3m" in the paper, "2909.3" in CSV.
    case money(Money)
    /// People, practices, PCNs: "1,777,610" / "1777610".
    case count(Int)
    /// An exact decimal (weights, scores, totals); `places` fixes the paper's decimals, nil
    /// shows it as written. CSV always has the exact value.
    case number(Decimal, places: Int?)
    /// A percentage to one decimal place: "-1.2%" / "-1.2".
    case percent(Decimal)
    /// Pounds per person to the penny: "£1,636.64" / "1636.64".
    case perHead(Decimal)
    /// A day: "30 Sep 2020" / "2020-09-30".
    case day(CalendarDate)
    /// A yes/no flag shown as a word in the paper (`word` when true, nothing when false) and as yes/no in CSV.
    case flag(Bool, word: String)
    case empty

    /// A text that is empty when absent.
    public static func optionalText(_ text: String?) -> ReportValue { text.map(ReportValue.text) ?? .empty }

    public static func optionalDay(_ day: CalendarDate?) -> ReportValue { day.map(ReportValue.day) ?? .empty }

    public static func optionalMoney(_ money: Money?) -> ReportValue { money.map(ReportValue.money) ?? .empty }

    public static func optionalCount(_ count: Int?) -> ReportValue { count.map(ReportValue.count) ?? .empty }

    /// As the paper prints it (not yet escaped for Markdown).
    public var display: String {
        switch self {
        case .text(let text): return text
        case .money(let money): return money.formatted
        case .count(let count): return CountText.format(count)
        case .number(let value, let places): return places.map { DecimalText.format(value, places: $0) } ?? DecimalText.canonical(value)
        case .percent(let value): return DecimalText.format(value, places: 1) + "%"
        case .perHead(let pounds): return ReviewSummary.perHeadText(pounds)
        case .day(let day): return day.short
        case .flag(let value, let word): return value ? word : ""
        case .empty: return ""
        }
    }

    /// As a CSV field holds it (not yet quoted): plain numbers, ISO days.
    public var plain: String {
        switch self {
        case .text(let text): return text
        case .money(let money): return money.plain
        case .count(let count): return String(count)
        case .number(let value, _): return DecimalText.canonical(value)
        case .percent(let value): return DecimalText.format(value, places: 1, grouping: false)
        case .perHead(let pounds): return DecimalText.format(pounds, places: 2, grouping: false)
        case .day(let day): return day.iso
        case .flag(let value, _): return value ? "yes" : "no"
        case .empty: return ""
        }
    }
}
