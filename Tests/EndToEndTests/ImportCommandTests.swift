import Foundation
import XCTest

/// `merger-review import` through the built binary: it shows what would change, writes only
/// with --apply, and a bad file changes nothing.
final class ImportCommandTests: XCTestCase {
    func testShowsThenAppliesAndABadFileChangesNothing() throws {
        let (directory, review) = try BinaryRunner.copyOfFixture("lancashire-south-cumbria")
        let export = try BinaryRunner.run(["report", review, "--format", "csv", "--out", "\(directory)/tables"])
        XCTAssertEqual(export.status, 0, export.errors)
        let budgetsPath = "\(directory)/tables/budgets.csv"
        let original = try Data(contentsOf: URL(fileURLWithPath: review))

        let same = try BinaryRunner.run(["import", "budgets", budgetsPath, review])
        XCTAssertEqual(same.status, 0, same.errors)
        XCTAssertTrue(same.output.hasPrefix("No changes:"), same.output)

        let budgets = try String(contentsOfFile: budgetsPath, encoding: .utf8)
        try budgets.replacingOccurrences(of: ",177841,23,,271.3,", with: ",177841,23,,280.5,")
            .write(toFile: budgetsPath, atomically: true, encoding: .utf8)
        let shown = try BinaryRunner.run(["import", "budgets", budgetsPath, review])
        XCTAssertEqual(shown.status, 0, shown.errors)
        XCTAssertTrue(shown.output.contains("1 change from \(budgetsPath):"), shown.output)
        XCTAssertTrue(shown.output.contains("--apply"), shown.output)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: review)), original, "nothing written without --apply")

        let bad = "\(directory)/bad.csv"
        try budgets.replacingOccurrences(of: ",177841,23,,271.3,", with: ",177841,23,,n/a,").write(toFile: bad, atomically: true, encoding: .utf8)
        let refused = try BinaryRunner.run(["import", "budgets", bad, review, "--apply"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("\(bad): row 2, column allocation_gbp_m: “n/a” is not an amount; write £ millions"), refused.errors)
        XCTAssertTrue(refused.errors.contains("Nothing was changed"), refused.errors)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: review)), original, "a bad file changes nothing")

        let applied = try BinaryRunner.run(["import", "budgets", budgetsPath, review, "--apply"])
        XCTAssertEqual(applied.status, 0, applied.errors)
        XCTAssertTrue(applied.output.contains("Wrote 1 change to \(review)."), applied.output)
        let summary = try BinaryRunner.run(["summary", review])
        XCTAssertTrue(summary.output.contains("£2,918.5m"), summary.output)

        XCTAssertEqual(try BinaryRunner.run(["import", "budgets", "\(directory)/missing.csv", review]).status, 2)
        XCTAssertEqual(try BinaryRunner.run(["import", "actions", budgetsPath, review]).status, 2)
    }
}
