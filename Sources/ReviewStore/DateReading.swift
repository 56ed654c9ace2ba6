import ReviewModel

/// A file's days (YYYY-MM-DD), with a reason for every refusal.
enum DateReading {
    static func day(_ text: String, fail: (String) -> Void) -> CalendarDate? {
        if let date = CalendarDate.parseISO(text) { return date }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        // In the file's form but impossible (31 November, day 0, year 0): the date reader says why.
        if parts.count == 3, parts.allSatisfy({ Int($0) != nil }), case .failure(let error) = DatePoint.parse(text) {
            fail(error.reason)
        } else {
            fail("\"\(text)\" is not a date; write it as YYYY-MM-DD, e.g. 2020-09-30")
        }
        return nil
    }
}
