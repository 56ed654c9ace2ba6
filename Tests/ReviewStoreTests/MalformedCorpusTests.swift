import Foundation
import XCTest
import ReviewModel
@testable import ReviewStore

/// Hostile and broken files: every one is refused with messages that name the file and say
/// where the problem is, nothing crashes, and nothing on disk is touched.
final class MalformedCorpusTests: XCTestCase {
    /// Exit status and the start of the first message (after "PATH: ") for each corpus file.
    static let expected: [String: (exit: Int32, first: String)] = [
        "all-zero-weights.json": (1, "line 28: $.appraisal.criteria: every weight is zero, so no option can be ra"),
        "binary-zip-header.json": (2, "line 1, column 1: not valid JSON: unexpected 'P' where a value was expected"),
        "bom-then-missing-schema.json": (1, "line 1: $.schemaVersion: is missing; add \"schemaVersion\": \(Review.currentSchemaVersion)"),
        "broken-reference-action-link.json": (1, "line 6: $.actions[0].linkedItemId: refers to item \"nothing-here\", which does no"),
        "broken-reference-budget-organisation.json": (1, "line 78: $.budgets.lines[0].organisationId: refers to organisation \"org-z\", which does n"),
        "broken-reference-cell.json": (1, "line 16: $.appraisal.cells[0].criterionId: refers to criterion \"crit-missing\", which do"),
        "broken-reference-depends-on.json": (1, "line 136: $.milestones[1].dependsOn[0]: refers to milestone \"ms-missing\", which does"),
        "broken-reference-place.json": (1, "line 170: $.programme.organisations[1].placeIds[0]: refers to place \"place-z\", which does not ex"),
        "broken-reference-preferred-option.json": (1, "line 64: $.appraisal.preferredOptionId: refers to option \"opt-9\", which does not exi"),
        "budget-line-count-measure.json": (1, "line 76: $.budgets.lines[0].measure: \"registeredPopulation\" is a count; record it"),
        "comments.json": (2, "line 1, column 1: not valid JSON: unexpected '/' where a value was expected"),
        "count-as-text.json": (1, "line 182: $.programme.places[0].pcns: expected a whole number, found \"seven\""),
        "date-as-number.json": (1, "line 146: $.programme.asOf: expected a date like \"2020-09-30\", found a n"),
        "date-uk-format.json": (1, "line 146: $.programme.asOf: \"30/01/2020\" is not a date; write it as YYYY"),
        "deep-arrays-closed.json": (2, "line 1, column 513: not valid JSON: nesting deeper than 512 levels"),
        "deep-arrays.json": (2, "line 1, column 513: not valid JSON: nesting deeper than 512 levels"),
        "deep-in-field.json": (2, "line 95, column 531: not valid JSON: nesting deeper than 512 levels"),
        "deep-objects.json": (2, "line 1, column 2561: not valid JSON: nesting deeper than 512 levels"),
        "depends-on-itself.json": (1, "line 123: $.milestones[0].dependsOn[0]: a milestone cannot depend on itself"),
        "double-bom.json": (2, "line 1, column 1: not valid JSON: unexpected byte 0xEF where a value was expec"),
        "duplicate-cell.json": (1, "line 27: $.appraisal.cells[2]: a second cell for option \"opt-1\" and criteri"),
        "duplicate-field.json": (1, "line 148: $.programme.name: the field appears twice; keep one"),
        "duplicate-id-across-kinds.json": (1, "line 5: $.actions[0].id: duplicate id \"org-a\", already used at $.prog"),
        "duplicate-schema-version.json": (1, "line 1203: $.schemaVersion: the field appears twice; keep one"),
        "id-with-escape.json": (1, "line 5: $.actions[0].id: the id \"act\u{1B}]0;PWNED\u{7}\" has a character other than letters, digits"),
        "id-with-slash.json": (1, "line 5: $.actions[0].id: the id \"a/b\" has a character other than letters, digits, '-', '_' and '.'"),
        "id-with-space.json": (1, "line 755: $.milestones[0].id: the id \"ms with space\" has a character other than letters"),
        "many-duplicate-ids.json": (1, "line 13: $.actions[1].id: duplicate id \"act-1\", already used at $.actions[0].id"),
        "many-unknown-fields.json": (1, "line 769: $.milestones[0].extra000: unknown field \"extra000\"; known fields here: date"),
        "duplicate-ids.json": (1, "line 136: $.milestones[1].id: duplicate id \"ms-engagement\", already used a"),
        "empty-id.json": (1, "line 192: $.recommendations[0].id: the id is empty; give the item a unique id"),
        "empty-object.json": (1, "line 1: $.schemaVersion: is missing; add \"schemaVersion\": \(Review.currentSchemaVersion)"),
        "empty.json": (2, "line 1, column 1: not valid JSON: the file is empty; a review is a JSON object"),
        "ends-before-it-starts.json": (1, "line 123: $.milestones[0].endDate: ends (Jan 2019) before it starts (Feb 2020);"),
        "enum-wrong-case.json": (1, "line 195: $.recommendations[0].outcome: expected one of \"pending\", \"approved\", \"appr"),
        "financial-year-not-consecutive.json": (1, "line 79: $.budgets.lines[0].year: \"2019/21\" is not a financial year; write it "),
        "financial-year-signed.json": (1, "line 79: $.budgets.lines[0].year: \"-001/00\" is not a financial year; write it "),
        "fractional-count.json": (1, "line 159: $.programme.organisations[0].practices: expected a whole number, found 23.5"),
        "hex-number.json": (2, "line 159, column 23: not valid JSON: expected ',' or '}' after the value of \"prac"),
        "high-surrogate-then-letter.json": (2, "line 147, column 34: not valid JSON: an invalid surrogate pair in a \\u escape"),
        "huge-exponent-money.json": (1, "line 74: $.budgets.lines[0].amount: write the number 1e999999999 in plain decima"),
        "huge-integer-count.json": (1, "line 159: $.programme.organisations[0].practices: 99999999999999999999999999999999 is too larg"),
        "huge-schema-version.json": (1, "line 199: $.schemaVersion: expected a whole number such as \(Review.currentSchemaVersion)"),
        "impossible-date-29-february-2019.json": (1, "line 4: $.actions[0].due: 2019-02-29 is not a real date: February 2019"),
        "impossible-date-31-november.json": (1, "line 146: $.programme.asOf: 2019-11-31 is not a real date: November 2019"),
        "impossible-day-zero.json": (1, "line 103: $.mergerTests[0].evidence[0].date: 2020-01-00 is not a real date: January 2020 "),
        "impossible-month-13.json": (1, "line 121: $.milestones[0].date: 2020-13 is not a real month: months run from 01 to 12"),
        "infinity-literal.json": (2, "line 74, column 19: not valid JSON: unexpected 'I' where a value was expected"),
        "invalid-utf8-cesu-surrogate.json": (2, "line 147, column 14: not valid JSON: text is not valid UTF-8; save the file as UT"),
        "invalid-utf8-in-string.json": (2, "line 147, column 14: not valid JSON: text is not valid UTF-8; save the file as UT"),
        "invalid-utf8-outside-string.json": (2, "line 1, column 1: not valid JSON: unexpected byte 0xFE where a value was expec"),
        "invalid-utf8-overlong.json": (2, "line 147, column 14: not valid JSON: text is not valid UTF-8; save the file as UT"),
        "invalid-utf8-truncated-sequence.json": (2, "line 147, column 14: not valid JSON: text is not valid UTF-8; save the file as UT"),
        "label-date-missing-sorts-as.json": (1, "line 131: $.milestones[1].date.sortsAs: is missing; add \"sortsAs\""),
        "latin1-pound-sign.json": (2, "line 147, column 14: not valid JSON: text is not valid UTF-8; save the file as UT"),
        "leading-zeros.json": (2, "line 159, column 23: not valid JSON: numbers cannot have leading zeros"),
        "list-of-numbers-for-ids.json": (1, "line 136: $.milestones[1].dependsOn[0]: expected text, found a number"),
        "lone-high-surrogate.json": (2, "line 147, column 28: not valid JSON: a lone surrogate \\u escape; pair it or remov"),
        "lone-low-surrogate.json": (2, "line 147, column 28: not valid JSON: a lone surrogate \\u escape; pair it or remov"),
        "missing-colon.json": (2, "line 188, column 14: not valid JSON: expected ':' after the field name \"system\""),
        "missing-comma.json": (2, "line 188, column 16: not valid JSON: expected ',' or '}' after the value of \"extr"),
        "missing-required-amount.json": (1, "line 73: $.budgets.lines[0].amount: is missing; add \"amount\""),
        "missing-required-as-of.json": (1, "line 145: $.programme.asOf: is missing; add \"asOf\""),
        "missing-required-title.json": (1, "line 99: $.mergerTests[0].title: is missing; add \"title\""),
        "missing-schema-version.json": (1, "line 1: $.schemaVersion: is missing; add \"schemaVersion\": \(Review.currentSchemaVersion)"),
        "money-hundreds-of-digits.json": (1, "line 74: $.budgets.lines[0].amount: 99999999999999999999999999999999999999999999"),
        "money-too-many-decimal-places.json": (1, "line 74: $.budgets.lines[0].amount: 0.1234567890123456789012345678901234567891 h"),
        "money-too-many-digits.json": (1, "line 74: $.budgets.lines[0].amount: 1234567890123456789012345678901234567890.5 h"),
        "money-with-exponent.json": (1, "line 74: $.budgets.lines[0].amount: write the number 2.713e2 in plain decimal fo"),
        "nan-literal.json": (2, "line 19, column 18: not valid JSON: unexpected 'N' where a value was expected"),
        "negative-count.json": (1, "line 160: $.programme.organisations[0].registeredPopulation: is -177841; a count cannot be negative"),
        "negative-organisations-left.json": (1, "line 47: $.appraisal.options[0].organisationsLeft: is -1; a count cannot be negative"),
        "negative-weight.json": (1, "line 39: $.appraisal.criteria[1].weight: weight -0.4 is negative; weights must be zer"),
        "newer-schema-version.json": (2, "$.schemaVersion: schemaVersion 99 is newer than this merger-re"),
        "not-json-csv.json": (2, "line 1, column 1: not valid JSON: unexpected 'i' where a value was expected"),
        "not-json-html.json": (2, "line 1, column 1: not valid JSON: unexpected '<' where a value was expected"),
        "not-json-prose.json": (2, "line 1, column 1: not valid JSON: unexpected 'T' where a value was expected"),
        "nul-bytes.json": (2, "line 1, column 1: not valid JSON: unexpected byte 0x0 where a value was expect"),
        "null.json": (1, "line 1: $: expected an object, found null"),
        "number-bare-minus.json": (2, "line 82, column 20: not valid JSON: a number needs digits after '-'"),
        "number-empty-exponent.json": (2, "line 82, column 21: not valid JSON: a number needs digits in its exponent"),
        "number-trailing-dot.json": (2, "line 82, column 21: not valid JSON: a number needs digits after the decimal poin"),
        "programme-is-list.json": (1, "line 145: $.programme: expected an object, found a list"),
        "programme-is-null.json": (1, "line 1: $.programme: is missing; add \"programme\""),
        "raw-control-character.json": (2, "line 147, column 22: not valid JSON: a control character (such as a raw line brea"),
        "raw-escape-sequence.json": (2, "line 147, column 22: not valid JSON: a control character (such as a raw line brea"),
        "raw-newline-in-string.json": (2, "line 147, column 21: not valid JSON: a control character (such as a raw line brea"),
        "raw-tab-in-string.json": (2, "line 147, column 21: not valid JSON: a control character (such as a raw line brea"),
        "reduction-over-100-percent.json": (1, "line 92: $.budgets.runningCostTarget.reductionPercent: must be between 0 and 100"),
        "scale-min-above-max.json": (1, "line 19: $.appraisal.cells[0].score: score 2 is outside the scale 5-0"),
        "schema-only.json": (1, "line 1: $.programme: is missing; add \"programme\""),
        "schema-version-fraction.json": (1, "line 199: $.schemaVersion: expected a whole number such as \(Review.currentSchemaVersion)"),
        "schema-version-negative.json": (1, "line 199: $.schemaVersion: -1 is not a schema version; this program wri"),
        "schema-version-string.json": (1, "line 199: $.schemaVersion: expected a whole number such as \(Review.currentSchemaVersion)"),
        "schema-version-zero.json": (1, "line 199: $.schemaVersion: 0 is not a schema version; this program writ"),
        "score-outside-scale.json": (1, "line 25: $.appraisal.cells[1].score: score 7 is outside the scale 0-5"),
        "score-without-scale.json": (1, "line 19: $.appraisal.cells[0].score: the cell has a score but the appraisal has n"),
        "short-unicode-escape.json": (2, "line 147, column 26: not valid JSON: \\u needs four hex digits"),
        "single-quotes.json": (2, "line 2, column 3: not valid JSON: expected a field name in double quotes, foun"),
        "target-year-before-baseline.json": (1, "line 93: $.budgets.runningCostTarget.targetYear: is before the baseline year"),
        "top-level-array.json": (1, "line 1: $: expected an object, found a list"),
        "top-level-number.json": (1, "line 1: $: expected an object, found a number"),
        "top-level-string.json": (1, "line 1: $: expected an object, found text"),
        "top-level-true.json": (1, "line 1: $: expected an object, found true/false"),
        "trailing-comma-array.json": (2, "line 49, column 26: not valid JSON: remove the comma after the last item of the list; JSON allows none there"),
        "trailing-comma-after-last-field.json": (2, "line 79, column 26: not valid JSON: remove the comma after the last item of the object; JSON allows none there"),
        "number-with-thousands-separator.json": (2, "line 74, column 21: not valid JSON: numbers cannot contain commas; write 1234.5 for 1,234.5"),
        "money-as-text-with-pound-sign.json": (1, "line 74: $.budgets.lines[0].amount: write amounts as plain numbers in £ millions without quotes, e.g. 1234.5"),
        "trailing-comma-object.json": (2, "line 97, column 17: not valid JSON: expected a field name in double quotes, foun"),
        "trailing-garbage.json": (2, "line 201, column 1: not valid JSON: unexpected 'g' after the end of the document"),
        "truncated-after-colon.json": (2, "line 145, column 16: not valid JSON: the file ends where a value was expected (is"),
        "truncated-before-last-brace.json": (2, "line 200, column 1: not valid JSON: the file ends inside an object (is it trunca"),
        "truncated-half.json": (2, "line 103, column 30: not valid JSON: the file ends inside text (a closing \" is mi"),
        "truncated-in-escape.json": (2, "line 1, column 49: not valid JSON: the file ends inside an escape sequence"),
        "truncated-in-unicode-escape.json": (2, "line 1, column 50: not valid JSON: \\u needs four hex digits"),
        "truncated-mid-array.json": (2, "line 156, column 22: not valid JSON: the file ends where a value was expected (is"),
        "truncated-mid-key.json": (2, "line 145, column 8: not valid JSON: the file ends inside text (a closing \" is mi"),
        "truncated-mid-literal.json": (2, "line 4, column 14: not valid JSON: unexpected text where a value was expected ("),
        "truncated-mid-number.json": (2, "line 160, column 36: not valid JSON: the file ends inside an object (is it trunca"),
        "truncated-mid-string.json": (2, "line 147, column 21: not valid JSON: the file ends inside text (a closing \" is mi"),
        "truncated-open-brace.json": (2, "line 1, column 2: not valid JSON: the file ends inside an object (is it trunca"),
        "two-documents.json": (2, "line 201, column 1: not valid JSON: unexpected '{' after the end of the document"),
        "unknown-escape.json": (2, "line 147, column 23: not valid JSON: unknown escape \\x in text"),
        "unknown-evidence-state.json": (1, "line 106: $.mergerTests[0].evidence[0].state: expected one of \"drafted\", \"submitted\", \"acc"),
        "unknown-measure.json": (1, "line 76: $.budgets.lines[0].measure: expected one of \"allocation\", \"runningCosts\""),
        "unknown-milestone-status.json": (1, "line 127: $.milestones[0].status: expected one of \"planned\", \"inProgress\", \"do"),
        "unknown-nested-field-typo.json": (1, "line 127: $.milestones[0].statsu: unknown field \"statsu\"; known fields here: d"),
        "unknown-rag.json": (1, "line 113: $.mergerTests[0].rag: expected one of \"red\", \"amber\", \"green\", \"un"),
        "unknown-top-level-field.json": (1, "line 97: $.colour: unknown field \"colour\"; known fields here: a"),
        "unquoted-keys.json": (2, "line 1, column 2: not valid JSON: expected a field name in double quotes, foun"),
        "untitled-merger-test.json": (1, "line 116: $.mergerTests[0].title: a merger test needs a title"),
        "uppercase-literal.json": (2, "line 95, column 21: not valid JSON: unexpected 'N' where a value was expected"),
        "utf16be-no-bom.json": (2, "line 1, column 1: not valid JSON: unexpected byte 0x0 where a value was expect"),
        "utf16le-with-bom.json": (2, "line 1, column 1: not valid JSON: unexpected byte 0xFF where a value was expec"),
        "whitespace-only.json": (2, "line 4, column 1: not valid JSON: the file is empty; a review is a JSON object"),
        "wrong-types-many.json": (1, "line 116: $.programme.name: expected text in double quotes, found a numb"),
        "year-zero.json": (1, "line 146: $.programme.asOf: 0000-01-01 is not a real date: years run fro"),
    ]

    /// Files that load, because nothing forbids what they hold, but whose warning `validate
    /// --strict` fails on: the warning's path and text.
    static let expectedWarnings: [String: String] = [
        "amount-in-pounds.json": "$.budgets.lines[0].amount: 271,300,000 looks like pounds, but amounts are in £ millions, so it reads as £271,300,000.0m; if the paper says £271,300,000, write 271.3",
    ]

    static func corpusDirectory() -> URL {
        if let url = Bundle.module.url(forResource: "Malformed", withExtension: nil) { return url }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Malformed")
    }

    private func entries(_ directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }

    private func locates(_ line: String) -> Bool {
        line.range(of: #"line [0-9]+"#, options: .regularExpression) != nil || line.contains("$.")
            || line.hasSuffix("problems in all, at most \(ProblemListing.perKind) of each kind listed")
    }

    func testTheCorpusIsCompleteAndEveryFileHasAnExpectation() throws {
        let names = entries(MalformedCorpusTests.corpusDirectory().path)
        XCTAssertGreaterThanOrEqual(names.count, 50)
        XCTAssertEqual(Set(names), Set(MalformedCorpusTests.expected.keys).union(MalformedCorpusTests.expectedWarnings.keys),
                       "add an expectation for each new file")
    }

    func testEveryMalformedFileIsRefusedLocatedAndLeftUntouched() throws {
        let corpus = MalformedCorpusTests.corpusDirectory()
        let store = ReviewStore()
        for name in entries(corpus.path) where MalformedCorpusTests.expectedWarnings[name] == nil {
            let original = try Data(contentsOf: corpus.appendingPathComponent(name))
            let directory = try FixturePaths.temporaryDirectory()
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let path = "\(directory)/\(name)"
            try original.write(to: URL(fileURLWithPath: path))
            do {
                let loaded = try store.load(path)
                XCTFail("\(name) loaded as \"\(loaded.review.programme.name)\"")
            } catch {
                XCTAssertFalse(error.lines.isEmpty, name)
                for line in error.lines {
                    XCTAssertTrue(line.hasPrefix("\(path): "), "\(name): the message does not start with the file: \(line)")
                    XCTAssertTrue(locates(line), "\(name): the message says neither a line nor a JSON path: \(line)")
                    XCTAssertFalse(line.contains("\n"), "\(name): one line per problem")
                }
                if let expected = MalformedCorpusTests.expected[name] {
                    XCTAssertEqual(error.exitCode, expected.exit, "\(name): \(error.lines)")
                    XCTAssertTrue(error.lines[0].hasPrefix("\(path): \(expected.first)"), "\(name): \(error.lines[0])")
                }
            }
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), original, "\(name) was changed")
            XCTAssertEqual(entries(directory), [name], "\(name): loading left files behind")
        }
    }

    func testSuspiciousFilesLoadWithTheirWarningAlone() throws {
        for (name, warning) in MalformedCorpusTests.expectedWarnings {
            let path = MalformedCorpusTests.corpusDirectory().appendingPathComponent(name).path
            let loaded = try ReviewStore().load(path)
            XCTAssertEqual(loaded.warnings.map { "\($0.issue.path): \($0.issue.message)" }, [warning], name)
        }
    }

    func testJournalReadingOfTheCorpusNeverCrashesAndNeverAccepts() throws {
        // The same hostile bodies as the review in an otherwise well-formed journal record.
        let corpus = MalformedCorpusTests.corpusDirectory()
        let header = EditJournal.headerBytes(JournalHeader(base: nil, user: "x", host: "", pid: nil, started: ""))
        for name in entries(corpus.path) {
            let review = Array(try Data(contentsOf: corpus.appendingPathComponent(name)))
            let body = Array("at= changes=1\n\n".utf8) + review
            let record = Array("edit \(body.count) \(ContentHash(of: body))\n".utf8) + body + [0x0A]
            let contents = try EditJournal.read(header + record)
            // Structure is all a journal record needs: only files whose problems are validation errors may pass.
            if !contents.records.isEmpty {
                XCTAssertTrue(MalformedCorpusTests.expected[name]?.exit == 1 || MalformedCorpusTests.expectedWarnings[name] != nil,
                              "\(name) was read as an edit")
            } else {
                XCTAssertEqual(contents.ignoredTailBytes, record.count, name)
            }
        }
    }

    /// A file system whose only file claims to be 300 MB; reading it is a failure of the test.
    struct HugeFileSystem: FileSystem {
        let real = PosixFileSystem()
        func status(_ path: String) throws(FileSystemError) -> FileStatus? {
            FileStatus(kind: .regular, size: 300 * 1_048_576, mode: 0o644)
        }
        func resolveLinks(_ path: String) -> String { path }
        func readAll(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] {
            throw FileSystemError(operation: "read (the size check should have refused first)", path: path, code: EIO)
        }
        func createExclusive(_ path: String) throws(FileSystemError) -> Int32 { throw FileSystemError(operation: "create", path: path, code: EROFS) }
        func write(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws(FileSystemError) {}
        func setMode(_ descriptor: Int32, _ mode: UInt32, path: String) throws(FileSystemError) {}
        func sync(_ descriptor: Int32, path: String) throws(FileSystemError) {}
        func close(_ descriptor: Int32, path: String) throws(FileSystemError) {}
        func rename(_ from: String, to: String) throws(FileSystemError) {}
        func link(_ existing: String, as newPath: String) throws(FileSystemError) {}
        func remove(_ path: String) {}
        func syncDirectory(_ path: String) throws(FileSystemError) {}
    }

    func testAHugeFileIsRefusedBeforeItIsRead() {
        XCTAssertThrowsError(try ReviewStore(fileSystem: HugeFileSystem()).load("/reviews/huge.json")) { error in
            guard let error = error as? ReviewLoadError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.exitCode, 2)
            XCTAssertEqual(error.lines, ["/reviews/huge.json: cannot read: the file is 300 MB; the limit is 256 MB"])
        }
    }

    func testThingsThatAreNotReviewFilesAreRefusedWithoutBlocking() throws {
        let directory = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        XCTAssertEqual(mkfifo("\(directory)/pipe.json", 0o600), 0)
        try FileManager.default.createDirectory(atPath: "\(directory)/folder.json", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: "\(directory)/dangling.json", withDestinationPath: "nowhere.json")
        try FileManager.default.createSymbolicLink(atPath: "\(directory)/loop-a.json", withDestinationPath: "loop-b.json")
        try FileManager.default.createSymbolicLink(atPath: "\(directory)/loop-b.json", withDestinationPath: "loop-a.json")
        let before = entries(directory)
        let cases: [(String, String)] = [
            ("\(directory)/pipe.json", "not a regular file"),
            ("\(directory)/folder.json", "it is a directory"),
            ("\(directory)/missing.json", "no such file"),
            ("\(directory)/dangling.json", "no such file"),
            ("\(directory)/loop-a.json", "cannot read"),
            ("/dev/null", "not a regular file"),
            ("\(directory)/pipe.json/inside.json", "no such file"),
        ]
        for (path, says) in cases {
            XCTAssertThrowsError(try ReviewStore().load(path), path) { error in
                guard let error = error as? ReviewLoadError else { return XCTFail("\(error)") }
                XCTAssertEqual(error.exitCode, 2, path)
                XCTAssertEqual(error.lines.count, 1)
                XCTAssertTrue(error.lines[0].hasPrefix("\(path): cannot read: "), error.lines[0])
                XCTAssertTrue(error.lines[0].contains(says), "\(path): \(error.lines[0])")
            }
        }
        XCTAssertEqual(entries(directory), before, "nothing created")
    }

    func testAnUnreadableFileIsRefused() throws {
        guard getuid() != 0 else { throw XCTSkip("root reads files whatever their permissions") }
        let directory = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = "\(directory)/secret.json"
        try ReviewStore().save(StandardTests.blankReview(name: "x", asOf: CalendarDate(dayNumber: 18_000)), to: path)
        XCTAssertEqual(chmod(path, 0), 0)
        XCTAssertThrowsError(try ReviewStore().load(path)) { error in
            XCTAssertTrue("\(error)".contains("permission denied"), "\(error)")
        }
    }

    func testMoneyIsReadExactlyOrRefused() throws {
        func amount(_ text: String) throws -> Decimal? {
            let json = """
            {"schemaVersion": 1, "programme": {"name": "x", "asOf": "2020-01-01", "organisations": [{"id": "o", "name": "O"}]},
             "budgets": {"lines": [{"id": "b", "year": "2019/20", "organisationId": "o", "measure": "programme", "amount": \(text)}]}}
            """
            return try ReviewCodec.decode(Array(json.utf8)).review.budgets.lines.first?.amount.millions
        }
        XCTAssertEqual(try amount("12345678901234567890123456789012345678"), Decimal(string: "12345678901234567890123456789012345678"))
        XCTAssertEqual(try amount("0.000000000000000000000000000000000000000000001"), Decimal(string: "1e-45"))
        XCTAssertEqual(try amount("-0.0"), 0)
        XCTAssertEqual(try amount("136.00"), Decimal(string: "136"))
        for text in ["1234567890123456789012345678901234567890.5", "0.1234567890123456789012345678901234567891", String(repeating: "9", count: 400)] {
            XCTAssertThrowsError(try amount(text), text) { error in
                XCTAssertTrue("\(error)".contains("more digits than can be kept exactly"), "\(error)")
            }
        }
        XCTAssertEqual(ExactDecimal.canonicalText("-000.500"), "-0.5")
        XCTAssertEqual(ExactDecimal.canonicalText("-0.000"), "0")
        XCTAssertEqual(ExactDecimal.canonicalText("2909.30"), "2909.3")
    }

    func testDatesAndYearsThatWouldNotReadBackAreWrittenSoTheyDo() throws {
        // Found by the fuzzer: year 555 was accepted as "0555-04" and written as "555-04",
        // a file the program then refused to open.
        var review = StandardTests.blankReview(name: "x", asOf: CalendarDate(dayNumber: 18_000))
        review.milestones = [Milestone(id: "m", title: "Old", date: FlexibleDate(try XCTUnwrap(DatePoint.month(year: 555, month: 4))))]
        review.programme.organisations = [Organisation(id: "o", name: "O")]
        review.budgets.lines = [BudgetLine(id: "b", year: FinancialYear(startYear: 999), organisationId: "o", measure: .programme,
                                           amount: Money(millions: 1))]
        let text = String(decoding: ReviewCodec.encode(review), as: UTF8.self)
        XCTAssertTrue(text.contains("\"date\": \"0555-04\""), text)
        XCTAssertTrue(text.contains("\"year\": \"0999/00\""), text)
        XCTAssertEqual(try ReviewCodec.decode(Array(text.utf8)).review, review)
    }
}
