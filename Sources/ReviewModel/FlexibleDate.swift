/// A date as a paper gives it: a day ("30 September 2020"), a month ("June 2019"),
/// or a label ("Autumn 2019") that sorts as a given day.
public enum FlexibleDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    case day(CalendarDate)
    case month(year: Int, month: Int)
    case label(String, sortsAs: CalendarDate)

    /// The day used for ordering and overdue checks.
    public var sortDate: CalendarDate {
        switch self {
        case .day(let date): return date
        case .month(let year, let month): return CalendarDate(year: year, month: month, day: 1)
            ?? CalendarDate(dayNumber: 0)
        case .label(_, let date): return date
        }
    }

    /// The last day the date covers: a month is overdue only after it ends.
    public var endOfPeriod: CalendarDate {
        switch self {
        case .day(let date): return date
        case .month(let year, let month):
            return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
                ?? sortDate
        case .label(_, let date): return date
        }
    }

    /// Shown at its own precision: "30 Sep 2020", "Jun 2019", "Autumn 2019".
    public var display: String {
        switch self {
        case .day(let date): return date.short
        case .month(let year, let month): return "\(MonthNames.short[month - 1]) \(year)"
        case .label(let text, _): return text
        }
    }

    public var description: String { display }

    public static func < (lhs: FlexibleDate, rhs: FlexibleDate) -> Bool {
        lhs.sortDate < rhs.sortDate
    }

    /// Month precision from `YYYY-MM`.
    public static func parseMonthISO(_ text: String) -> FlexibleDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m), (1...9999).contains(y)
        else { return nil }
        return .month(year: y, month: m)
    }
}
