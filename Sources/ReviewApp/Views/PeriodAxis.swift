import ReviewModel

/// The month axis of the timeline's period chart, one column per month (a month is
/// `year * 12 + month - 1`): a row of years over a row of month initials.
enum PeriodAxis {
    /// Each year written from its January's column; the first year from the first column too
    /// when it fits before the next January ("2019      2020" over "MJJASONDJFMA").
    static func years(from start: Int, to end: Int) -> String {
        guard end >= start else { return "" }
        var row = Array(repeating: Character(" "), count: end - start + 1)
        // A year is written whole or not at all.
        func place(_ year: Int, at column: Int) {
            let digits = Array(String(year))
            guard column + digits.count <= row.count else { return }
            for (offset, digit) in digits.enumerated() { row[column + offset] = digit }
        }
        let firstJanuary = start % 12 == 0 ? start : (start / 12 + 1) * 12
        if firstJanuary - start >= String(start / 12).count + 1 || firstJanuary > end { place(start / 12, at: 0) }
        for january in stride(from: firstJanuary, through: end, by: 12) { place(january / 12, at: january - start) }
        return String(row)
    }

    /// The initial of each month: "DJFMAMJJASOND".
    static func initials(from start: Int, to end: Int) -> String {
        guard end >= start else { return "" }
        return String((start...end).map { MonthNames.short[$0 % 12].first ?? " " })
    }
}
