import XCTest
@testable import ReviewModel

/// Dates at the paper's precision: every form parses, prints back at its precision, orders by
/// its earliest day (undated last), and is overdue only once all of it has passed.
final class PaperDateTests: XCTestCase {
    private func day(_ y: Int, _ m: Int, _ d: Int) throws -> CalendarDate { try XCTUnwrap(CalendarDate(year: y, month: m, day: d)) }

    func testEveryFormParsesAndPrintsAtItsPrecision() {
        let cases: [(input: String, shown: String, file: String)] = [
            ("2020-04-01", "1 Apr 2020", "2020-04-01"),
            ("1 Apr 2020", "1 Apr 2020", "2020-04-01"),
            ("30/09/2020", "30 Sep 2020", "2020-09-30"),
            ("1/4/2020", "1 Apr 2020", "2020-04-01"),
            ("2020-04", "Apr 2020", "2020-04"),
            ("May 2020", "May 2020", "2020-05"),
            ("September 2018", "Sep 2018", "2018-09"),
            ("2020-Q2", "Q2 2020", "2020-Q2"),
            ("Q2 2020", "Q2 2020", "2020-Q2"),
            ("2019/20", "2019/20", "2019/20"),
            ("2019", "2019", "2019"),
            ("2019-09 to 2019-11", "Sep 2019 to Nov 2019", "2019-09 to 2019-11"),
            ("between 2019-09 and 2019-11", "Sep 2019 to Nov 2019", "2019-09 to 2019-11"),
            ("2021/22 to 2023/24", "2021/22 to 2023/24", "2021/22 to 2023/24"),
            ("by 2019-12-31", "by 31 Dec 2019", "by 2019-12-31"),
            ("by 2019", "by 2019", "by 2019"),
            ("since 2016", "since 2016", "since 2016"),
            ("after May 2019", "since May 2019", "since 2019-05"),
            ("undated", "Date not given", "undated"),
            ("TBC", "Date not given", "undated"),
            ("", "Date not given", "undated"),
        ]
        for (input, shown, file) in cases {
            let date = paperDate(input)
            XCTAssertEqual(date.display, shown, input)
            XCTAssertEqual(date.fileText, file, input)
            XCTAssertEqual(paperDate(date.fileText), date, "\(input) reads back from the file")
            XCTAssertEqual(paperDate(date.valueText), date, "\(input) reads back from the screen")
        }
        XCTAssertEqual(paperDate("2019-09 to 2019-11").labelled("Autumn 2019").display, "Autumn 2019")
        XCTAssertEqual(paperDate("undated").labelled("September (year not stated)").display, "September (year not stated)")
    }

    func testImpossibleDatesAreRefusedWithTheAcceptedForms() {
        let refusals = [
            ("2019-11-31", "November 2019 has 30 days"),
            ("2019-Q5", "quarters run from Q1"),
            ("2019/21", "runs into the next year, as 2019/20"),
            ("2019-13", "months run from 01 to 12"),
            ("31/11/2019", "November 2019 has 30 days"),
            ("29 Feb 2019", "February 2019 has 28 days"),
            ("Autumn 2019", "is not a date"),
            ("2019-11 to 2019-09", "ends (Sep 2019) before it starts (Nov 2019)"),
        ]
        for (input, reason) in refusals {
            guard case .failure(let error) = FlexibleDate.parse(input) else { XCTFail("\(input) was accepted"); continue }
            XCTAssertTrue(error.message.contains(reason), "\(input): \(error.message)")
            for form in ["2020-04-01", "01/04/2020", "2020-04", "2020-Q2", "2019/20", "a year as 2019", "2019-09 to 2019-11",
                         "by 2019-12-31", "since 2016", "undated, TBC or empty"] {
                XCTAssertTrue(error.message.contains(form), "\(input): the message lists \(form)")
            }
        }
        XCTAssertNil(DatePoint.quarter(year: 2019, quarter: 5))
        XCTAssertNil(DatePoint.month(year: 2019, month: 13))
        XCTAssertNil(DatePoint.year(10_000))
    }

    func testOrderIsByEarliestDayWithUndatedLastInFileOrder() {
        let written = ["undated", "2019", "2019-04", "2019/20", "by 2019-03-31", "since 2016", "2019-Q2", "2019-04-01", "TBC"]
        let dates = written.map { paperDate($0) }
        let order = dates.indices.sorted { (dates[$0].orderKey, $0) < (dates[$1].orderKey, $1) }.map { written[$0] }
        XCTAssertEqual(order, ["since 2016", "2019", "by 2019-03-31", "2019-04", "2019/20", "2019-Q2", "2019-04-01", "undated", "TBC"])
    }

    func testOverdueOnlyOnceTheWholePeriodHasPassed() throws {
        let cases: [(String, lastNotOverdue: CalendarDate?)] = [
            ("2019-06-30", try day(2019, 6, 30)),
            ("2019-06", try day(2019, 6, 30)),
            ("2019-Q2", try day(2019, 6, 30)),
            ("2019/20", try day(2020, 3, 31)),
            ("2019", try day(2019, 12, 31)),
            ("2019-09 to 2019-11", try day(2019, 11, 30)),
            ("by 2019-12-31", try day(2019, 12, 31)),
            ("since 2016", nil),
            ("undated", nil),
        ]
        for (text, last) in cases {
            let date = paperDate(text)
            guard let last else {
                XCTAssertFalse(date.hasPassed(asOf: try day(9999, 12, 31)), "\(text) is never overdue")
                continue
            }
            XCTAssertFalse(date.hasPassed(asOf: last), "\(text) on its last day")
            XCTAssertTrue(date.hasPassed(asOf: last.adding(days: 1)), "\(text) the day after")
        }
        // The Coventry & Warwickshire deliverable "2019/20" is not overdue at 22 May 2019.
        let deliverable = Milestone(id: "m", title: "Transformation Work with PCNs", date: paperDate("2019/20"))
        XCTAssertFalse(deliverable.isOverdue(asOf: try day(2019, 5, 22)))
    }

    func testDistanceSaysNoMoreThanTheDate() throws {
        let asOf = try day(2020, 1, 9)
        XCTAssertEqual(paperDate("2020-09-30").distanceText(asOf: asOf), "265 days")
        XCTAssertEqual(paperDate("2020-01-09").distanceText(asOf: asOf), "today")
        XCTAssertEqual(paperDate("2020-01").distanceText(asOf: asOf), "this month")
        XCTAssertEqual(paperDate("2020-Q2").distanceText(asOf: asOf), "due in Q2 2020")
        XCTAssertEqual(paperDate("2020-04").distanceText(asOf: asOf), "due in Apr 2020")
        XCTAssertEqual(paperDate("2020/21").distanceText(asOf: asOf), "in 2020/21")
        XCTAssertEqual(paperDate("2019/20").distanceText(asOf: asOf), "this financial year")
        XCTAssertEqual(paperDate("undated").distanceText(asOf: asOf), "no date given")
        XCTAssertEqual(paperDate("by 2020-09-30").distanceText(asOf: asOf), "265 days")
    }

    func testHeadingsComeOnlyFromWhatTheDateSays() {
        XCTAssertEqual(paperDate("2013").heading, "2013")
        XCTAssertEqual(paperDate("2020-04-01").heading, "April 2020")
        XCTAssertEqual(paperDate("2020-04").heading, "April 2020")
        XCTAssertEqual(paperDate("2020-Q2").heading, "Q2 2020")
        XCTAssertEqual(paperDate("2019/20").heading, "2019/20")
        XCTAssertEqual(paperDate("since 2016").heading, "2016")
        XCTAssertEqual(paperDate("undated").heading, "Undated")
    }

    func testTheDateTypeIsSmall() {
        XCTAssertLessThanOrEqual(MemoryLayout<DatePoint>.size, 9)
        XCTAssertLessThanOrEqual(MemoryLayout<FlexibleDate>.size, 48)
    }
}
