import XCTest
@testable import ReviewModel

final class CalendarDateTests: XCTestCase {
    func testImpossibleDatesAreRefused() {
        XCTAssertNil(CalendarDate(year: 2019, month: 11, day: 31), "31 November does not exist")
        XCTAssertNil(CalendarDate(year: 2019, month: 2, day: 29), "2019 is not a leap year")
        XCTAssertNil(CalendarDate(year: 1900, month: 2, day: 29), "1900 is not a leap year")
        XCTAssertNil(CalendarDate(year: 2020, month: 13, day: 1))
        XCTAssertNil(CalendarDate(year: 2020, month: 4, day: 0))
        XCTAssertNotNil(CalendarDate(year: 2020, month: 2, day: 29))
        XCTAssertNotNil(CalendarDate(year: 2000, month: 2, day: 29))
        XCTAssertNil(CalendarDate.parseISO("2019-11-31"))
        XCTAssertNil(CalendarDate.parseISO("2019-1-31"))
    }

    func testDayNumbersRoundTripAndCountDays() throws {
        let asOf = try XCTUnwrap(CalendarDate(year: 2020, month: 1, day: 9))
        let application = try XCTUnwrap(CalendarDate(year: 2020, month: 9, day: 30))
        XCTAssertEqual(asOf.days(until: application), 265)
        XCTAssertEqual(CalendarDate(dayNumber: 0).iso, "1970-01-01")
        for number in stride(from: -800_000, through: 800_000, by: 997) {
            XCTAssertEqual(CalendarDate(dayNumber: number).dayNumber, number)
        }
    }

    /// Only the day number is stored: year, month and day must come back as given for every
    /// real day, one day after another, and order and equality must be those of (year, month, day).
    func testEveryDayFromYear1To9999KeepsItsYearMonthAndDayAndOrder() throws {
        var previous: CalendarDate?
        var expectedNumber = try XCTUnwrap(CalendarDate(year: 1, month: 1, day: 1)).dayNumber
        for year in 1...9999 {
            for month in 1...12 {
                for day in 1...CalendarDate.daysIn(month: month, year: year) {
                    guard let date = CalendarDate(year: year, month: month, day: day) else {
                        return XCTFail("\(year)-\(month)-\(day) refused")
                    }
                    guard date.year == year, date.month == month, date.day == day, date.dayNumber == expectedNumber else {
                        return XCTFail("\(year)-\(month)-\(day) came back as \(date.year)-\(date.month)-\(date.day), day \(date.dayNumber)")
                    }
                    if let previous, !(previous < date) || date < previous || previous == date {
                        return XCTFail("order at \(date.iso)")
                    }
                    previous = date
                    expectedNumber += 1
                }
            }
        }
        XCTAssertEqual(CalendarDate(year: 9999, month: 12, day: 31)?.iso, "9999-12-31")
        XCTAssertEqual(CalendarDate(year: 1, month: 1, day: 1)?.iso, "0001-01-01")
        XCTAssertEqual(CalendarDate(year: 2020, month: 2, day: 29), CalendarDate(dayNumber: 18_321))
        XCTAssertEqual(Set([CalendarDate(dayNumber: 5), CalendarDate(dayNumber: 5), CalendarDate(dayNumber: 6)]).count, 2)
        XCTAssertLessThanOrEqual(MemoryLayout<CalendarDate>.size, 8)
    }

    func testFormatsAtEachPrecision() throws {
        let date = try XCTUnwrap(CalendarDate(year: 2020, month: 9, day: 30))
        XCTAssertEqual(date.short, "30 Sep 2020")
        XCTAssertEqual(date.long, "30 September 2020")
        XCTAssertEqual(FlexibleDate.day(date).display, "30 Sep 2020")
        XCTAssertEqual(paperDate("2019-06").display, "Jun 2019")
        XCTAssertEqual(paperDate("2019-09 to 2019-11").labelled("Autumn 2019").display, "Autumn 2019")
        XCTAssertLessThan(paperDate("2019-06").orderKey, paperDate("2019-09 to 2019-11").orderKey)
    }

    func testMonthMilestoneIsOverdueOnlyAfterTheMonthEnds() throws {
        let june = Milestone(id: "m", title: "Vote", date: paperDate("2019-06"))
        XCTAssertFalse(june.isOverdue(asOf: try XCTUnwrap(CalendarDate(year: 2019, month: 6, day: 30))))
        XCTAssertTrue(june.isOverdue(asOf: try XCTUnwrap(CalendarDate(year: 2019, month: 7, day: 1))))
        var done = june
        done.status = .done
        XCTAssertFalse(done.isOverdue(asOf: try XCTUnwrap(CalendarDate(year: 2020, month: 1, day: 1))))
    }

    func testFinancialYears() {
        XCTAssertEqual(FinancialYear("2019/20")?.startYear, 2019)
        XCTAssertEqual(FinancialYear("1999/00")?.startYear, 1999)
        XCTAssertNil(FinancialYear("201/20"), "the LSC paper's misprint is not a year")
        XCTAssertNil(FinancialYear("2019/21"))
        XCTAssertEqual(FinancialYear(startYear: 2020).description, "2020/21")
    }
}

/// A date read from any accepted form; a test fails when the form is refused.
func paperDate(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> FlexibleDate {
    switch FlexibleDate.parse(text) {
    case .success(let date): return date
    case .failure(let error):
        XCTFail(error.message, file: file, line: line)
        return .undated()
    }
}
