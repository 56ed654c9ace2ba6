import XCTest
import ReviewGenerator
import ReviewModel
import ReviewStore

/// The benchmarks' synthetic reviews (Sources/ReviewGenerator) are valid and reproducible.
final class GeneratedReviewTests: XCTestCase {
    func testReviewsOf100And10kItemsValidateWithoutErrors() {
        for items in [100, 10_000] {
            let review = ReviewGenerator.generate(items: items)
            XCTAssertEqual(ReviewGenerator.Counts(items: items).total, items)
            XCTAssertEqual(review.milestones.count, ReviewGenerator.Counts(items: items).milestones)
            XCTAssertEqual(Validation.errors(in: review), [], "\(items) items")
        }
    }

    func testTheSameSeedGivesTheSameFileAndItLoadsBackUnchanged() throws {
        let review = ReviewGenerator.generate(items: 100, seed: 7)
        let bytes = ReviewCodec.encode(review)
        XCTAssertEqual(bytes, ReviewCodec.encode(ReviewGenerator.generate(items: 100, seed: 7)))
        XCTAssertNotEqual(bytes, ReviewCodec.encode(ReviewGenerator.generate(items: 100, seed: 8)))
        let loaded = try ReviewCodec.decode(bytes)
        XCTAssertEqual(loaded.review, review)
        XCTAssertEqual(loaded.warnings, [])
    }

    func testSizeNames() {
        XCTAssertEqual(ReviewGenerator.items(forSize: "100"), 100)
        XCTAssertEqual(ReviewGenerator.items(forSize: "10k"), 10_000)
        XCTAssertEqual(ReviewGenerator.items(forSize: "100K"), 100_000)
        XCTAssertEqual(ReviewGenerator.items(forSize: "10mb"), ReviewGenerator.tenMegabyteItems)
        XCTAssertEqual(ReviewGenerator.items(forSize: "2,500"), 2_500)
        XCTAssertNil(ReviewGenerator.items(forSize: "big"))
        XCTAssertNil(ReviewGenerator.items(forSize: "0"))
    }
}
