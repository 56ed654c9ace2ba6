import Foundation

/// Times as people read them: a UTC timestamp of the file format (`2026-12-02T07:28:44Z`) in
/// the user's time zone, "Wed 2 Dec 07:28", with the year when it is not this year's.
public enum HumanTime {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The timestamp in `timeZone`; the year is shown when it differs from `currentYear`.
    /// Text that is not a timestamp is returned as it is.
    public static func format(_ timestamp: String, timeZone: TimeZone, currentYear: Int? = nil) -> String {
        guard let date = parse(timestamp) else { return timestamp }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day, let weekday = parts.weekday,
              let hour = parts.hour, let minute = parts.minute,
              weekdays.indices.contains(weekday - 1), months.indices.contains(month - 1) else { return timestamp }
        let yearText = currentYear == nil || currentYear == year ? "" : " \(year)"
        return "\(weekdays[weekday - 1]) \(day) \(months[month - 1])\(yearText) \(two(hour)):\(two(minute))"
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// `YYYY-MM-DDTHH:MM:SSZ` as a moment, or nil.
    static func parse(_ timestamp: String) -> Date? {
        let bytes = Array(timestamp.utf8)
        guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), let hour = number(11..<13),
              let minute = number(14..<16), let second = number(17..<19) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        guard let utc = TimeZone(identifier: "UTC") else { return nil }
        calendar.timeZone = utc
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard components.isValidDate(in: calendar) else { return nil }
        return calendar.date(from: components)
    }
}
