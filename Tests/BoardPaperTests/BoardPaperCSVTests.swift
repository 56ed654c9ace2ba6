import Foundation
import XCTest
import ReviewModel

/// The CSV tables: RFC 4180 with CRLF, a header row, the same number of fields in every
/// record, plain numbers in numeric columns, UTF-8 text kept exactly.
final class BoardPaperCSVTests: XCTestCase {
    private let names = ["tests", "evidence", "timeline", "options", "appraisal", "budgets", "recommendations", "actions"]
    private let plainNumber = /-?[0-9]+(\.[0-9]+)?/

    func testEveryTableHasAHeaderAndEqualFieldCountsForEveryFixture() throws {
        for fixture in ReportTestSupport.fixtures {
            let review = try ReportTestSupport.review(fixture)
            let tables = BoardPaper.csvTables(review, today: ReportTestSupport.today)
            XCTAssertEqual(tables.map(\.name), names, fixture)
            for table in tables {
                XCTAssertTrue(table.csv.hasSuffix("\r\n"), "\(fixture) \(table.name): the last record ends with CRLF")
                let records = try CSVReader.parse(table.csv)
                let header = try XCTUnwrap(records.first, "\(fixture) \(table.name): a header row")
                XCTAssertTrue(header.allSatisfy { $0.wholeMatch(of: /[a-z_0-9]+/) != nil }, "\(fixture) \(table.name): \(header)")
                XCTAssertEqual(Set(header).count, header.count, "\(fixture) \(table.name): header names are unique")
                for (index, record) in records.enumerated() {
                    XCTAssertEqual(record.count, header.count, "\(fixture) \(table.name) record \(index)")
                }
            }
            let counts = Dictionary(uniqueKeysWithValues: try tables.map { ($0.name, try CSVReader.parse($0.csv).count - 1) })
            XCTAssertEqual(counts["tests"], review.mergerTests.count)
            XCTAssertEqual(counts["evidence"], review.mergerTests.map(\.evidence.count).reduce(0, +))
            XCTAssertEqual(counts["timeline"], review.milestones.count)
            XCTAssertEqual(counts["options"], review.appraisal.options.count)
            XCTAssertEqual(counts["appraisal"], review.appraisal.options.count * review.appraisal.criteria.count)
            XCTAssertEqual(counts["recommendations"], review.recommendations.count)
            XCTAssertEqual(counts["actions"], review.actions.count)
        }
    }

    func testNumericColumnsHoldPlainDecimals() throws {
        for fixture in ReportTestSupport.fixtures {
            let review = try ReportTestSupport.review(fixture)
            for table in BoardPaper.tables(review) {
                let records = try CSVReader.parse(CSVText.table(table))
                let header = records[0]
                let numeric = table.columns.filter { $0.isNumeric && $0.presence != .markdown }.map(\.csvName)
                for name in numeric {
                    let column = try XCTUnwrap(header.firstIndex(of: name))
                    for record in records.dropFirst() where !record[column].isEmpty {
                        let value = record[column]
                        XCTAssertFalse(value.contains("£") || value.contains(","), "\(fixture) \(table.name).\(name): \(value)")
                        XCTAssertNotNil(value.wholeMatch(of: plainNumber), "\(fixture) \(table.name).\(name): \(value)")
                        XCTAssertNotNil(Decimal(string: value, locale: Locale(identifier: "en_US_POSIX")), value)
                    }
                }
            }
        }
        let csv = try XCTUnwrap(BoardPaper.csvTables(try ReportTestSupport.review("lancashire-south-cumbria"), today: ReportTestSupport.today)
            .first { $0.name == "budgets" }).csv
        XCTAssertTrue(csv.contains(",177841,23,,271.3,,3.5,"), "population, practices, allocation and running costs as plain numbers:\n\(csv)")
        let coventry = try XCTUnwrap(BoardPaper.csvTables(try ReportTestSupport.review("coventry-warwickshire"), today: ReportTestSupport.today)
            .first { $0.name == "budgets" }).csv
        XCTAssertTrue(coventry.contains(",-3.4\r\n"), "a deficit is a plain negative number")
    }

    func testFieldsWithCommasQuotesAndLineBreaksAreQuoted() throws {
        var review = try ReportTestSupport.review("lancashire-south-cumbria")
        let awkward = "Finance, \"quoted\" and\nsecond line"
        review.mergerTests[0].title = awkward
        review.mergerTests[0].owner = " padded "
        review.recommendations[0].minute = "Line one\r\nLine two"
        let tables = BoardPaper.csvTables(review, today: ReportTestSupport.today)
        let tests = try XCTUnwrap(tables.first { $0.name == "tests" }).csv
        XCTAssertTrue(tests.contains(",\"Finance, \"\"quoted\"\" and\r\nsecond line\","), tests)
        XCTAssertTrue(tests.contains(",\" padded \","), "spaces at either end are quoted")
        let records = try CSVReader.parse(tests)
        let title = try XCTUnwrap(records[0].firstIndex(of: "title"))
        XCTAssertEqual(records[1][title], "Finance, \"quoted\" and\r\nsecond line", "line breaks are written as CRLF")
        XCTAssertEqual(records[1][try XCTUnwrap(records[0].firstIndex(of: "owner"))], " padded ")
        XCTAssertTrue(records.dropFirst().allSatisfy { $0.count == records[0].count })
        let recommendations = try CSVReader.parse(try XCTUnwrap(tables.first { $0.name == "recommendations" }).csv)
        XCTAssertEqual(recommendations[1][try XCTUnwrap(recommendations[0].firstIndex(of: "minute"))], "Line one\r\nLine two")
        XCTAssertEqual(CSVText.field("plain"), "plain")
        XCTAssertEqual(CSVText.field(""), "")
        XCTAssertEqual(CSVText.field("a,b"), "\"a,b\"")
        XCTAssertEqual(CSVText.field("say \"no\""), "\"say \"\"no\"\"\"")
        XCTAssertEqual(CSVText.field("cr\ronly"), "\"cr\r\nonly\"")
    }

    func testTextIsUTF8WithAccentsAndThePoundSign() throws {
        var review = try ReportTestSupport.review("coventry-warwickshire")
        review.programme.organisations[0].name = "Hôpital Sainte-Émilie — £ Trust"
        review.mergerTests[0].owner = "Zoë Brontë"
        review.budgets.lines[0].notes = "£647.9m — “quoted”"
        let tables = BoardPaper.csvTables(review, today: ReportTestSupport.today)
        for table in tables {
            let bytes = Array(table.csv.utf8)
            XCTAssertFalse(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "no byte-order mark")
            XCTAssertEqual(String(validating: bytes, as: UTF8.self), table.csv, "\(table.name) is valid UTF-8")
        }
        let budgets = try CSVReader.parse(try XCTUnwrap(tables.first { $0.name == "budgets" }).csv)
        XCTAssertTrue(budgets.contains { $0.contains("Hôpital Sainte-Émilie — £ Trust") })
        let tests = try XCTUnwrap(tables.first { $0.name == "tests" }).csv
        XCTAssertTrue(Array(tests.utf8).starts(with: Array("number,id,title".utf8)))
        XCTAssertTrue(try CSVReader.parse(tests)[1].contains("Zoë Brontë"))
        XCTAssertTrue(Array(tests.utf8).contains(0xC3), "é and ë are two-byte UTF-8")
    }

    func testDaysAreISOAndFlagsAreYesOrNo() throws {
        var review = try ReportTestSupport.review("coventry-warwickshire")
        review.recommendations[0].outcome = .approved
        review.recommendations[0].decidedOn = CalendarDate(year: 2019, month: 5, day: 22)
        let tables = BoardPaper.csvTables(review, today: ReportTestSupport.today)
        let recommendations = try CSVReader.parse(try XCTUnwrap(tables.first { $0.name == "recommendations" }).csv)
        XCTAssertEqual(recommendations[0], ["number", "id", "kind", "text", "outcome", "decided_on", "minute"])
        XCTAssertEqual(recommendations[1][4], "Approved")
        XCTAssertEqual(recommendations[1][5], "2019-05-22")
        let timeline = try CSVReader.parse(try XCTUnwrap(tables.first { $0.name == "timeline" }).csv)
        let overdue = try XCTUnwrap(timeline[0].firstIndex(of: "overdue"))
        XCTAssertTrue(timeline.dropFirst().allSatisfy { $0[overdue] == "yes" || $0[overdue] == "no" })
        XCTAssertEqual(timeline.dropFirst().filter { $0[overdue] == "yes" }.count, review.overdueMilestones.count)
        let firstDay = try XCTUnwrap(timeline[0].firstIndex(of: "date_first_day"))
        XCTAssertTrue(timeline.dropFirst().allSatisfy { $0[firstDay].isEmpty || $0[firstDay].wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) != nil })
        XCTAssertTrue(timeline.dropFirst().contains { $0[firstDay].isEmpty }, "an undated milestone has no first day")
    }
}
