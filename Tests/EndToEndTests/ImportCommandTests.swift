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

    /// Each file of the malformed corpus, with --apply: exit 1, the row and column named, the
    /// review's bytes unchanged. A byte-order mark is read past.
    func testEveryMalformedFileIsLocatedAndChangesNothing() throws {
        let (directory, review) = try BinaryRunner.copyOfFixture("lancashire-south-cumbria")
        XCTAssertEqual(try BinaryRunner.run(["report", review, "--format", "csv", "--out", "\(directory)/tables"]).status, 0)
        let original = try Data(contentsOf: URL(fileURLWithPath: review))
        func table(_ name: String) throws -> String { try String(contentsOfFile: "\(directory)/tables/\(name).csv", encoding: .utf8) }
        let budgets = try table("budgets"), timeline = try table("timeline"), tests = try table("tests")
        let corpus: [(name: String, kind: String, text: String, located: String)] = [
            ("wrong header", "budgets", budgets.replacingOccurrences(of: "allocation_gbp_m", with: "allocation"), "row 1, column allocation_gbp_m:"),
            ("text in an amount", "budgets", budgets.replacingOccurrences(of: ",177841,23,,271.3,", with: ",177841,23,,£271.3m,"),
             "row 2, column allocation_gbp_m:"),
            ("impossible date", "milestones", timeline.replacingOccurrences(of: ",9 Jan 2020,2020-01-09,", with: ",30 Feb 2020,2020-02-30,"),
             "column date_value: “2020-02-30” is not a date"),
            ("quoted newline", "tests", tests.replacingOccurrences(of: ",In progress,", with: ",\"In\nprogress\","), "row 2, column status:"),
            ("semicolons", "budgets", budgets.replacingOccurrences(of: ",", with: ";"), "row 1: the columns are separated by semicolons"),
        ]
        for entry in corpus {
            XCTAssertNotEqual(entry.text, entry.kind == "budgets" ? budgets : entry.kind == "tests" ? tests : timeline, entry.name)
            let path = "\(directory)/\(entry.name.replacingOccurrences(of: " ", with: "-")).csv"
            try entry.text.write(toFile: path, atomically: true, encoding: .utf8)
            let refused = try BinaryRunner.run(["import", entry.kind, path, review, "--apply"])
            XCTAssertEqual(refused.status, 1, "\(entry.name): \(refused.errors)")
            XCTAssertTrue(refused.errors.contains(entry.located), "\(entry.name): \(refused.errors)")
            XCTAssertTrue(refused.errors.contains("Nothing was changed"), "\(entry.name): \(refused.errors)")
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: review)), original, "\(entry.name) changes nothing")
        }
        let bom = "\(directory)/bom.csv"
        try Data([0xEF, 0xBB, 0xBF] + Array(budgets.utf8)).write(to: URL(fileURLWithPath: bom))
        let read = try BinaryRunner.run(["import", "budgets", bom, review, "--apply"])
        XCTAssertEqual(read.status, 0, read.errors)
        XCTAssertTrue(read.output.hasPrefix("No changes:"), read.output)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: review)), original)
    }
}
