/// A calendar day that cannot be impossible: construction checks the month length,
/// leap years included. No time zone is involved anywhere.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (proleptic Gregorian), for differences between dates. The one
    /// value stored (8 bytes where year, month and day took 24: a large review holds tens of
    /// thousands of dates); year, month and day are worked out from it.
    public let dayNumber: Int

    public var year: Int { civil.year }
    public var month: Int { civil.month }
    public var day: Int { civil.day }

    /// Returns nil for an impossible date such as 31 November.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = (month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        self.dayNumber = era * 146_097 + dayOfEra - 719_468
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(dayNumber: Int) { self.dayNumber = dayNumber }

    /// Year, month and day of `dayNumber`.
    private var civil: (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let m = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
        return (y, m, d)
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    public func days(until other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    /// Day order, which is (year, month, day) order.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        lhs.dayNumber < rhs.dayNumber
    }

    /// ISO form, `2020-09-30`, as stored in files.
    public var iso: String {
        let (year, month, day) = civil
        return "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))"
    }

    public var description: String { iso }

    /// "30 Sep 2020"
    public var short: String {
        let (year, month, day) = civil
        return "\(day) \(MonthNames.short[month - 1]) \(year)"
    }

    /// "30 September 2020"
    public var long: String {
        let (year, month, day) = civil
        return "\(day) \(MonthNames.long[month - 1]) \(year)"
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// Parses `YYYY-MM-DD` strictly.
    public static func parseISO(_ text: String) -> CalendarDate? {
        // The usual case, "2020-09-30", read straight from the bytes (the split below gives the
        // same answer, with more work, and also handles the odd forms Int() accepts).
        let quick: CalendarDate?? = text.utf8.withContiguousStorageIfAvailable { bytes -> CalendarDate? in
            guard bytes.count == 10 else { return nil }
            var year = 0, month = 0, day = 0
            for i in 0..<10 {
                let byte = bytes[i]
                if i == 4 || i == 7 {
                    guard byte == UInt8(ascii: "-") else { return nil }
                } else {
                    guard byte >= 0x30 && byte <= 0x39 else { return nil }
                    let digit = Int(byte - 0x30)
                    if i < 4 { year = year * 10 + digit } else if i < 7 { month = month * 10 + digit } else { day = day * 10 + digit }
                }
            }
            return CalendarDate(year: year, month: month, day: day)
        }
        // nil: not "YYYY-MM-DD" in digits (or not contiguous): read it the general way below.
        if let quick, let date = quick { return date }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }
}
