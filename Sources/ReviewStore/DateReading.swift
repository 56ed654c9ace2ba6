import ReviewModel

/// Day parsing with a reason for every refusal.
enum DateReading {
    static func day(_ text: String, fail: (String) -> Void) -> CalendarDate? {
        if let date = CalendarDate.parseISO(text) { return date }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, let y = Int(parts[0]), Int(parts[1]) != nil, Int(parts[2]) != nil, !(1...9999).contains(y) {
            fail("\(text) is not a real date: years run from 0001 to 9999")
        } else if parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m) {
            fail("\(text) is not a real date: \(MonthNames.long[m - 1]) \(y) has \(CalendarDate.daysIn(month: m, year: y)) days (asked for day \(d))")
        } else {
            fail("\"\(text)\" is not a date; write it as YYYY-MM-DD, e.g. 2020-09-30")
        }
        return nil
    }
}
