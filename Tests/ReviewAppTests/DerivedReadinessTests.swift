import XCTest
import ReviewModel
@testable import ReviewApp

/// Readiness carried from an earlier version's figures agrees with counting every test.
final class DerivedReadinessTests: XCTestCase {
    func testReadinessFollowsStatusChangesAndAddedOrRemovedTests() throws {
        var review = try AppTestSupport.review("coventry-warwickshire")
        for i in 0..<600 { review.mergerTests.append(MergerTest(id: "extra-\(i)", title: "Extra \(i)", status: i % 3 == 0 ? .assured : .notStarted)) }
        var derived = Derived(review: review)
        XCTAssertEqual(derived.readiness.assured, review.readiness.assured)
        let steps: [(inout Review) -> Void] = [
            { $0.mergerTests[3].status = .assured },
            { $0.mergerTests[400].status = .notStarted },
            { $0.mergerTests[0].status = .assured; $0.mergerTests[590].status = .assured },
            { $0.mergerTests.remove(at: 1) },
            { $0.mergerTests.insert(MergerTest(id: "new", title: "New", status: .assured), at: 2) },
        ]
        for (n, step) in steps.enumerated() {
            step(&review)
            derived = Derived(review: review, reusing: derived)
            XCTAssertEqual(derived.readiness.assured, review.readiness.assured, "step \(n)")
            XCTAssertEqual(derived.readiness.total, review.readiness.total, "step \(n)")
            XCTAssertEqual(derived.readinessText, ReviewSummary(review).readinessText, "step \(n)")
        }
    }
}
