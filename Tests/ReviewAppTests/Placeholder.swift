import XCTest

final class ReviewAppTestsPlaceholder: XCTestCase {
    func testPlaceholder() {}
}
