import Foundation
import XCTest
import ReviewModel
@testable import ReviewStore

/// Every input that made the loader crash, produce a file it could not read back, or take
/// far longer than its size warrants, kept and checked as the fuzzer checks (Fuzz/LoaderFuzzer):
/// refused with every line naming the file, or loaded, saved and read back the same, the
/// second save byte for byte the first. Fuzz/build.sh seeds the fuzzer's corpus from here.
///
/// - years-before-1000.json: "0555-04" and "0999/00" were written as "555-04" and "999/00",
///   which the reader refuses.
/// - duplicate-ids-5000.json: 5,000 duplicate action ids took 83 s to validate (a scan of the
///   list for every problem's line).
/// - unknown-fields-20000.json: 20,000 unknown fields in one object took 120 s (every member
///   compared with every earlier one).
final class FuzzRegressionTests: XCTestCase {
    static func directory() -> URL {
        if let url = Bundle.module.url(forResource: "FuzzRegressions", withExtension: nil) { return url }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzRegressions")
    }

    /// What each input gives: the number of problems (0: it loads).
    static let expected: [String: Int] = [
        "years-before-1000.json": 0,
        "duplicate-ids-5000.json": 5_000,
        "unknown-fields-20000.json": 20_000,
    ]

    func testEveryRegressionInputIsHandledAsTheFuzzerRequires() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.directory().path).sorted()
        XCTAssertEqual(Set(names), Set(Self.expected.keys), "add an expectation for each new input")
        for name in names {
            let bytes = Array(try Data(contentsOf: Self.directory().appendingPathComponent(name)))
            do {
                let loaded = try ReviewCodec.decode(bytes, path: "fuzz.json")
                XCTAssertEqual(Self.expected[name], 0, "\(name) loaded")
                let written = ReviewCodec.encode(loaded.review)
                let again = try ReviewCodec.decode(written, path: "again.json")
                XCTAssertEqual(again.review, loaded.review, "\(name): saved and read back differs")
                XCTAssertEqual(ReviewCodec.encode(again.review), written, "\(name): the encoding is not stable")
            } catch {
                guard case .invalid(_, let problems) = error else { return XCTFail("\(name): \(error)") }
                XCTAssertEqual(problems.count, Self.expected[name], name)
                let lines = error.lines
                XCTAssertTrue(lines.allSatisfy { $0.hasPrefix("fuzz.json: ") }, name)
                XCTAssertLessThanOrEqual(lines.count, 2 * (ProblemListing.perKind + 1), "\(name): the listing is capped")
            }
        }
    }
}
