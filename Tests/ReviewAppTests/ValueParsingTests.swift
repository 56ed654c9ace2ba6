import XCTest
import ReviewModel
@testable import ReviewApp

/// A day field reads every way of writing one day that the paper's date forms read, and says why not.
final class ValueParsingTests: XCTestCase {
    private func day(_ text: String) -> String {
        switch ValueParsing.day(text) {
        case .success(let date): return date.iso
        case .failure(let failure): return "refused: \(failure)"
        }
    }

    func testADayReadsInEveryFormOfOneDay() {
        for text in ["2020-09-30", "30/09/2020", "30 Sep 2020", "30 September 2020", " 30 Sep 2020 "] {
            XCTAssertEqual(day(text), "2020-09-30", text)
        }
    }

    func testImpossibleCoarseAndEmptyDaysAreRefusedWithTheFormsToType() {
        XCTAssertEqual(day("31/11/2019"), "refused: 31/11/2019 is not a real date: November 2019 has 30 days (asked for day 31); type 30 Sep 2020, 30/09/2020 or 2020-09-30")
        XCTAssertEqual(day("Apr 2020"), "refused: Apr 2020 is not a single day; this field holds a day: type 30 Sep 2020, 30/09/2020 or 2020-09-30")
        XCTAssertEqual(day(""), "refused: a date is needed; type 30 Sep 2020, 30/09/2020 or 2020-09-30")
        XCTAssertTrue(day("soon").hasPrefix("refused: \"soon\" is not a date; type"), day("soon"))
    }
}
