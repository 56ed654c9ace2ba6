import Foundation

extension FlexibleDate {
    /// Every form `parse` accepts, with examples (a note in brackets is not typed; "empty" is no
    /// text at all). Help lists these and a test parses every example, so they cannot drift.
    public static let forms: [(what: String, examples: [String])] = [
        ("a day", ["2020-04-01", "1 Apr 2020", "01/04/2020 (day first)"]),
        ("a month", ["2020-04", "Apr 2020"]),
        ("a quarter", ["2020-Q2", "Q2 2020"]),
        ("a financial year", ["2019/20"]),
        ("a year", ["2019"]),
        ("a period", ["2019-09 to 2019-11"]),
        ("a deadline", ["by 2019-12-31"]),
        ("an open start", ["since 2016"]),
        ("no date", ["undated", "TBC", "empty"]),
    ]

    /// Every form `parse` accepts, for error messages: "write a day as 2020-04-01, 1 Apr 2020 or
    /// 01/04/2020 (day first), a month as ..., or no date as undated, TBC or empty".
    public static let acceptedForms: String = {
        let parts = forms.map { form in
            form.what + " as " + (form.examples.count > 1
                ? form.examples.dropLast().joined(separator: ", ") + " or " + (form.examples.last ?? "")
                : form.examples.joined())
        }
        return "write " + parts.dropLast().joined(separator: ", ") + ", or " + (parts.last ?? "")
    }()

    /// Reads any accepted form (files and the editor read dates the same way); the paper's words
    /// go in the label, not here.
    public static func parse(_ text: String) -> Result<FlexibleDate, DateFormError> {
        // The forms files hold most, straight from the bytes.
        if let point = DatePoint.quickISO(text) { return .success(FlexibleDate(point)) }
        let trimmed = text.trimmingSpaces
        let lower = trimmed.lowercased()
        switch lower {
        case "", "undated", "tbc", "tba", "tbd", "date not given", "not given", "not dated":
            return .success(.undated())
        default: break
        }
        func rest(after prefix: String) -> String? {
            lower.hasPrefix(prefix) ? String(trimmed.dropFirst(prefix.count)) : nil
        }
        if let deadline = rest(after: "by ") {
            return DatePoint.parse(deadline).map { .by($0) }
        }
        if let start = rest(after: "since ") ?? rest(after: "after ") {
            return DatePoint.parse(start).map { .since($0) }
        }
        let body = rest(after: "between ") ?? rest(after: "from ") ?? trimmed
        let lowerBody = body.lowercased()
        for separator in [" to ", " and ", " until ", " – ", "..", " - "] {
            // Found in the lowercased text first, so that most dates (no separator) make no
            // Foundation search.
            guard lowerBody.contains(separator), let range = body.range(of: separator, options: .caseInsensitive) else { continue }
            let first = DatePoint.parse(String(body[..<range.lowerBound]))
            let second = DatePoint.parse(String(body[range.upperBound...]))
            switch (first, second) {
            case (.failure(let error), _), (_, .failure(let error)): return .failure(error)
            case (.success(let start), .success(let end)):
                guard let period = FlexibleDate.between(start, end) else {
                    return .failure(DateFormError("\"\(trimmed)\" ends (\(end.text)) before it starts (\(start.text))"))
                }
                return .success(period)
            }
        }
        if lower.hasPrefix("from ") { return DatePoint.parse(body).map { .since($0) } }
        if body != trimmed { return .failure(DateFormError("\"\(trimmed)\" needs two dates, e.g. between 2019-09 and 2019-11")) }
        return DatePoint.parse(trimmed).map { FlexibleDate($0) }
    }

    /// The form written in files, which `parse` reads back: "2020-04-01", "2019-09 to 2019-11",
    /// "by 2019-12-31", "since 2016", "undated".
    public var fileText: String {
        switch span {
        case .on(let point): return point.fileText
        case .between(let start, let end): return "\(start.fileText) to \(end.fileText)"
        case .by(let point): return "by \(point.fileText)"
        case .since(let point): return "since \(point.fileText)"
        case .undated: return "undated"
        }
    }
}

extension DatePoint {
    /// "2020-04-01" and "2020-04" read straight from the bytes; nil for anything else.
    static func quickISO(_ text: String) -> DatePoint? {
        let utf8 = text.utf8
        guard utf8.count == 10 || utf8.count == 7 else { return nil }
        if utf8.count == 10 { return CalendarDate.parseISO(text).map { .day($0) } }
        var year = 0, month = 0
        for (i, byte) in utf8.enumerated() {
            if i == 4 {
                guard byte == UInt8(ascii: "-") else { return nil }
            } else {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                if i < 4 { year = year * 10 + Int(byte - 0x30) } else { month = month * 10 + Int(byte - 0x30) }
            }
        }
        return .month(year: year, month: month)
    }

    private enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case mark(Character)
    }

    private static func tokens(_ text: String) -> [Token]? {
        var result: [Token] = []
        var digits = "", letters = ""
        func flush() {
            if !digits.isEmpty {
                result.append(.number(Int(digits) ?? -1, digits: digits.count))
                digits = ""
            }
            if !letters.isEmpty {
                result.append(.word(letters.lowercased()))
                letters = ""
            }
        }
        for character in text {
            if let ascii = character.asciiValue, (0x30...0x39).contains(ascii) {
                if !letters.isEmpty { flush() }
                digits.append(character)
            } else if character.isLetter {
                if !digits.isEmpty { flush() }
                letters.append(character)
            } else {
                flush()
                if character == "-" || character == "/" {
                    result.append(.mark(character))
                } else if !character.isWhitespace && character != "," && character != "." {
                    return nil
                }
            }
        }
        flush()
        return result
    }

    /// Reads one date: 2020-04-01, 1 Apr 2020, 01/04/2020 (UK, day first), 2020-04, Apr 2020,
    /// 2020-Q2, Q2 2020, 2019/20, 2019.
    public static func parse(_ text: String) -> Result<DatePoint, DateFormError> {
        if let point = quickISO(text) { return .success(point) }
        let trimmed = text.trimmingSpaces
        let notADate = DateFormError("\"\(trimmed)\" is not a date")
        guard let tokens = tokens(trimmed) else { return .failure(notADate) }
        func year(_ value: Int) -> Result<Int, DateFormError> {
            (1...9999).contains(value) ? .success(value) : .failure(DateFormError("\(trimmed): years run from 0001 to 9999"))
        }
        func day(_ y: Int, _ m: Int, _ d: Int) -> Result<DatePoint, DateFormError> {
            guard (1...9999).contains(y) else { return .failure(DateFormError("\(trimmed) is not a real date: years run from 0001 to 9999")) }
            guard (1...12).contains(m) else { return .failure(DateFormError("\(trimmed) is not a real date: there is no month \(m)")) }
            guard let date = CalendarDate(year: y, month: m, day: d) else {
                return .failure(DateFormError("\(trimmed) is not a real date: \(MonthNames.long[m - 1]) \(y) has "
                    + "\(CalendarDate.daysIn(month: m, year: y)) days (asked for day \(d))"))
            }
            return .success(.day(date))
        }
        func month(_ y: Int, _ m: Int) -> Result<DatePoint, DateFormError> {
            guard let point = DatePoint.month(year: y, month: m) else {
                return .failure(DateFormError("\(trimmed) is not a real month: months run from 01 to 12, years from 0001 to 9999"))
            }
            return .success(point)
        }
        func quarter(_ y: Int, _ q: Int) -> Result<DatePoint, DateFormError> {
            guard let point = DatePoint.quarter(year: y, quarter: q) else {
                return .failure(DateFormError("\(trimmed) is not a real quarter: quarters run from Q1 (January to March) to Q4"))
            }
            return .success(point)
        }
        // The shape of the text: "9" per digit of each number ("9999-99-99"), "M" for a month
        // name, "Q" for the letter Q, "-" and "/" as written; the numbers and months in order.
        var shape = ""
        var numbers: [Int] = []
        var months: [Int] = []
        for token in tokens {
            switch token {
            case .number(let value, let digits):
                shape += String(repeating: "9", count: digits)
                numbers.append(value)
            case .word("q"): shape += "Q"
            case .word(let name):
                guard let month = MonthNames.number(of: name) else { return .failure(notADate) }
                shape += "M"
                months.append(month)
            case .mark(let mark): shape.append(mark)
            }
            shape += " "
        }
        switch shape {
        case "9999 - 99 - 99 ":
            return day(numbers[0], numbers[1], numbers[2])
        case "9 / 9 / 9999 ", "99 / 9 / 9999 ", "9 / 99 / 9999 ", "99 / 99 / 9999 ":
            return day(numbers[2], numbers[1], numbers[0])
        case "9 M 9999 ", "99 M 9999 ":
            return day(numbers[1], months[0], numbers[0])
        case "9999 - 99 ":
            return month(numbers[0], numbers[1])
        case "M 9999 ":
            return month(numbers[0], months[0])
        case "9999 - Q 9 ", "Q 9 9999 ":
            return shape.hasPrefix("Q") ? quarter(numbers[1], numbers[0]) : quarter(numbers[0], numbers[1])
        case "9999 / 99 ":
            let start = numbers[0], end = numbers[1]
            guard (start + 1) % 100 == end else {
                return .failure(DateFormError("\(trimmed) is not a financial year: it runs into the next year, as "
                    + "\(FinancialYear(startYear: start).description)"))
            }
            return year(start).flatMap { value in
                DatePoint.financialYear(FinancialYear(startYear: value)).map { .success($0) }
                    ?? .failure(DateFormError("\(trimmed): years run from 0001 to 9998"))
            }
        case "9999 ":
            return year(numbers[0]).flatMap { value in DatePoint.year(value).map { .success($0) } ?? .failure(notADate) }
        default:
            return .failure(notADate)
        }
    }
}
