import Foundation
import XCTest
import ReviewModel
@testable import ReviewStore

final class RoundTripTests: XCTestCase {
    func testEveryFixtureRoundTripsByteForByte() throws {
        for name in FixturePaths.names {
            let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: FixturePaths.path(name))))
            let review = try ReviewCodec.decode(bytes).review
            XCTAssertEqual(ReviewCodec.encode(review), bytes, "\(name) did not round-trip byte for byte")
        }
    }

    func testOutputIsSortedIndentedAndEndsWithANewline() throws {
        let review = StandardTests.blankReview(name: "Tést £ ✓ \"quoted\"\nline", asOf: CalendarDate(dayNumber: 18_000))
        let text = String(decoding: ReviewCodec.encode(review), as: UTF8.self)
        XCTAssertTrue(text.hasSuffix("}\n"))
        XCTAssertTrue(text.hasPrefix("{\n  \"actions\": [],\n  \"appraisal\": {"))
        XCTAssertTrue(text.contains("\"name\": \"Tést £ ✓ \\\"quoted\\\"\\nline\""))
        XCTAssertEqual(try ReviewCodec.decode(Array(text.utf8)).review, review)
    }

    func testMoneyKeepsItsExactDigits() throws {
        var review = StandardTests.blankReview(name: "x", asOf: CalendarDate(dayNumber: 18_000))
        review.programme.organisations = [Organisation(id: "o", name: "O")]
        let amounts = ["136.0", "-15.0", "2909.3", "0.05", "123456789012.345678"]
        review.budgets.lines = ChunkedArray(amounts.enumerated().map { i, text in
            BudgetLine(id: "b\(i)", year: FinancialYear(startYear: 2019), organisationId: "o", measure: .programme,
                       amount: Money.parse(text) ?? .zero)
        })
        let text = String(decoding: ReviewCodec.encode(review), as: UTF8.self)
        for amount in amounts { XCTAssertTrue(text.contains("\"amount\": \(amount)"), amount) }
        XCTAssertEqual(try ReviewCodec.decode(Array(text.utf8)).review, review)
    }
}
