import Foundation
import ReviewModel

/// Parses what people type into typed values, with a reason for every refusal.
public enum ValueParsing {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case invalid(String)
        public var description: String { if case .invalid(let text) = self { return text }; return "" }
    }

    /// The forms `day` reads (help lists them; a test parses each).
    public static let dayForms = ["2020-09-30", "30/09/2020", "30 Sep 2020", "30 September 2020"]

    /// A date with the paper's own words, as `flexibleDate` reads it (help shows it; a test parses it).
    public static let labelledDateExample = "Autumn 2019 @ Sep 2019 to Nov 2019"

    /// A single day in any form `DatePoint.parse` reads as one (the `dayForms`); a coarser date
    /// (Apr 2020, 2019/20) is refused, since the field holds a day.
    public static func day(_ text: String) -> Result<CalendarDate, Failure> {
        let trimmed = text.trimmingSpaces
        let forms = "type 30 Sep 2020, 30/09/2020 or 2020-09-30"
        if trimmed.isEmpty { return .failure(.invalid("a date is needed; \(forms)")) }
        switch DatePoint.parse(trimmed) {
        case .success(let point) where point.precision == .day:
            return .success(point.first)
        case .success(let point):
            return .failure(.invalid("\(point) is not a single day; this field holds a day: \(forms)"))
        case .failure(let error):
            return .failure(.invalid("\(error.reason); \(forms)"))
        }
    }

    /// Any date form `FlexibleDate.parse` reads ("30/09/2020", "Q2 2020", "May 2020", "2019/20",
    /// "by 31 Dec 2019", "TBC"), optionally after the paper's words and "@":
    /// "Autumn 2019 @ Sep 2019 to Nov 2019", "Date not given @ TBC".
    public static func flexibleDate(_ text: String) -> Result<FlexibleDate, Failure> {
        var label: String?
        var rest = Substring(text)
        if let at = text.range(of: "@") {
            label = text[..<at.lowerBound].trimmingSpaces
            guard !(label ?? "").isEmpty else { return .failure(.invalid("the paper's words go before @; type them, or remove the @")) }
            rest = text[at.upperBound...]
        }
        switch FlexibleDate.parse(String(rest)) {
        case .success(let date): return .success(date.labelled(label))
        case .failure(let error): return .failure(.invalid(error.message))
        }
    }

    public static func money(_ text: String) -> Result<Money, Failure> {
        guard let value = Money.parse(text) else {
            return .failure(.invalid("\"\(text)\" is not an amount; type £m like 1254.7, £1,254.7m or -15.0"))
        }
        return .success(value)
    }

    public static func count(_ text: String) -> Result<Int, Failure> {
        guard let value = CountText.parse(text) else { return .failure(.invalid("\"\(text)\" is not a whole number")) }
        guard value >= 0 else { return .failure(.invalid("a count cannot be negative")) }
        return .success(value)
    }

    public static func decimal(_ text: String) -> Result<Decimal, Failure> {
        guard let value = DecimalText.parse(text) else { return .failure(.invalid("\"\(text)\" is not a number")) }
        return .success(value)
    }

    /// Financial year "2019/20".
    public static func financialYear(_ text: String) -> Result<FinancialYear, Failure> {
        guard let year = FinancialYear(text.trimmingSpaces) else {
            return .failure(.invalid("\"\(text)\" is not a financial year; type 2019/20"))
        }
        return .success(year)
    }

    /// How a date is shown for editing, so it reads back the same: "Autumn 2019 @ Sep 2019 to Nov 2019".
    public static func editText(_ date: FlexibleDate?) -> String {
        guard let date else { return "" }
        return date.label.map { "\($0) @ \(date.valueText)" } ?? date.valueText
    }
}
