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
        // The usual "2019-06" straight from the bytes; anything else as before.
        let utf8 = text.utf8
        if utf8.count == 7 {
            var year = 0, month = 0
            var shape = true
            for (i, byte) in utf8.enumerated() {
                if i == 4 {
                    shape = shape && byte == UInt8(ascii: "-")
                } else if byte >= 0x30 && byte <= 0x39 {
                    if i < 4 { year = year * 10 + Int(byte - 0x30) } else { month = month * 10 + Int(byte - 0x30) }
                } else {
                    shape = false
                }
            }
            if shape {
                guard (1...12).contains(month), (1...9999).contains(year) else { return nil }
                return .month(year: year, month: month)
            }
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m), (1...9999).contains(y)
        else { return nil }
        return .month(year: y, month: m)
    }
}
