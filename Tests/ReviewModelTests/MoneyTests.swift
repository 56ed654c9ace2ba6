import Foundation
import XCTest
@testable import ReviewModel

final class MoneyTests: XCTestCase {
    private func money(_ text: String) throws -> Money { try XCTUnwrap(Money.parse(text), text) }

    func testFormatsAsThePapersDo() throws {
        XCTAssertEqual(try money("2909.3").formatted, "£2,909.3m")
        XCTAssertEqual(try money("-15.0").formatted, "-£15.0m")
        XCTAssertEqual(try money("136").formatted, "£136.0m")
        XCTAssertEqual(try money("0.05").formatted, "£0.1m", "halves round away from zero")
        XCTAssertEqual(try money("-0.05").formatted, "-£0.1m")
        XCTAssertEqual(CountText.format(1_777_610), "1,777,610")
        XCTAssertEqual(CountText.format(813_954), "813,954")
    }

    func testParsesTheWaysPeopleTypeMoney() throws {
        XCTAssertEqual(try money("£1,254.7m").millions, Decimal(string: "1254.7"))
        XCTAssertEqual(try money("-£15.0m").millions, Decimal(-15))
        XCTAssertEqual(try money("(15.0)").millions, Decimal(-15))
        XCTAssertEqual(try money("1254.7").millions, Decimal(string: "1254.7"))
        XCTAssertNil(Money.parse("12,34.5"), "bad grouping is refused")
        XCTAssertNil(Money.parse("£"))
        XCTAssertNil(Money.parse("1.2.3"))
        XCTAssertNil(Money.parse("abc"))
        XCTAssertEqual(CountText.parse("1,777,610"), 1_777_610)
        XCTAssertNil(CountText.parse("17.5"))
    }

    func testSumsAreExactWhereDoublesDrift() throws {
        // 0.1 added ten times is not 1 in binary floating point.
        let tenths = Array(repeating: try money("0.1"), count: 10)
        XCTAssertEqual(tenths.sum(), try money("1"))
        let lancashire = ["271.3", "333.1", "287.2", "647.6", "310.5", "311.8", "570.0", "177.8"]
        XCTAssertEqual(try lancashire.map(money).sum().formatted, "£2,909.3m")
        XCTAssertEqual(try lancashire.map(money).sum().millions, Decimal(string: "2909.3"))
    }

    func testPerHead() throws {
        let pounds = try XCTUnwrap(try money("2909.3").perHead(population: 1_777_610))
        XCTAssertEqual(ReviewSummary.perHeadText(pounds), "£1,636.64")
        XCTAssertNil(try money("1").perHead(population: 0))
    }
}
