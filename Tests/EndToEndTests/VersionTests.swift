import XCTest

final class VersionTests: XCTestCase {
    func testVersionPrintsTheVersionAndExitsZero() throws {
        let result = try BinaryRunner.run(["--version"])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertTrue(result.output.hasPrefix("merger-review 1.0"), result.output)
    }
}
