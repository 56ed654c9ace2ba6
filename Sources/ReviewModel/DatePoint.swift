/// One date at the precision a paper gives it ("1 Apr 2020", "Apr 2020", "Q2 2020", "2019/20",
/// "2019"). It covers every day from `first` to `last`. Only the validated constructors below make
/// one, so an impossible date (31 November, a fifth quarter, "2019/21") cannot exist.
/// Nine bytes, no heap storage.
public struct DatePoint: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The first day the date covers (the day itself at day precision).
    public let first: CalendarDate
    public let precision: DatePrecision

    private init(_ precision: DatePrecision, _ first: CalendarDate) {
        self.first = first
        self.precision = precision
    }

    public static func day(_ date: CalendarDate) -> DatePoint { DatePoint(.day, date) }

    public static func month(year: Int, month: Int) -> DatePoint? {
        CalendarDate(year: year, month: month, day: 1).map { DatePoint(.month, $0) }
    }

    /// Quarters of the calendar year: Q1 is January to March.
    public static func quarter(year: Int, quarter: Int) -> DatePoint? {
        guard (1...4).contains(quarter) else { return nil }
        return CalendarDate(year: year, month: quarter * 3 - 2, day: 1).map { DatePoint(.quarter, $0) }
    }

    /// 1 April of the start year to 31 March of the next.
    public static func financialYear(_ year: FinancialYear) -> DatePoint? {
        guard year.startYear < 9999 else { return nil }
        return CalendarDate(year: year.startYear, month: 4, day: 1).map { DatePoint(.financialYear, $0) }
    }

    public static func year(_ year: Int) -> DatePoint? {
        CalendarDate(year: year, month: 1, day: 1).map { DatePoint(.year, $0) }
    }

    /// The last day the date covers.
    public var last: CalendarDate {
        let year = first.year
        switch precision {
        case .day: return first
        case .month: return first.adding(days: CalendarDate.daysIn(month: first.month, year: year) - 1)
        case .quarter:
            let lastMonth = first.month + 2
            return CalendarDate(year: year, month: lastMonth, day: CalendarDate.daysIn(month: lastMonth, year: year)) ?? first
        case .financialYear: return CalendarDate(year: year + 1, month: 3, day: 31) ?? first
        case .year: return CalendarDate(year: year, month: 12, day: 31) ?? first
        }
    }

    public var quarterNumber: Int { (first.month - 1) / 3 + 1 }

    public var financialYear: FinancialYear { FinancialYear(startYear: first.year) }

    public func contains(_ day: CalendarDate) -> Bool { first <= day && day <= last }

    /// The one way a date is shown to a reader, at its precision: "1 Apr 2020", "Apr 2020",
    /// "Q2 2020", "2019/20", "2019". Every view, report and chart shows dates through this.
    public var text: String {
        switch precision {
        case .day: return first.short
        case .month: return "\(MonthNames.short[first.month - 1]) \(first.year)"
        case .quarter: return "Q\(quarterNumber) \(first.year)"
        case .financialYear: return financialYear.description
        case .year: return String(first.year)
        }
    }

    /// The form written in files: "2020-04-01", "2020-04", "2020-Q2", "2019/20", "2019".
    public var fileText: String {
        switch precision {
        case .day: return first.iso
        case .month: return "\(CalendarDate.pad(first.year, 4))-\(CalendarDate.pad(first.month, 2))"
        case .quarter: return "\(CalendarDate.pad(first.year, 4))-Q\(quarterNumber)"
        case .financialYear: return financialYear.description
        case .year: return CalendarDate.pad(first.year, 4)
        }
    }

    /// The timeline heading the date sits under, saying no more than the date does:
    /// "April 2020" for a day or a month, "Q2 2020", "2019/20", "2019".
    public var heading: String {
        switch precision {
        case .day, .month: return "\(MonthNames.long[first.month - 1]) \(first.year)"
        case .quarter, .financialYear, .year: return text
        }
    }

    /// Equal for dates with the same `heading`.
    public var headingKey: Int {
        switch precision {
        case .day, .month: return (first.year * 12 + first.month) * 8
        case .quarter, .financialYear, .year: return first.dayNumber * 8 + Int(precision.rawValue)
        }
    }

    public var description: String { text }

    /// Earliest first; a coarser date before a finer one starting the same day.
    public static func < (lhs: DatePoint, rhs: DatePoint) -> Bool {
        (lhs.first.dayNumber, -Int(lhs.precision.rawValue)) < (rhs.first.dayNumber, -Int(rhs.precision.rawValue))
    }
}
