import ReviewModel

/// `merger-review import`: a CSV file as the export writes it, read into a review. Ids are the
/// keys: a row whose id the review has updates that item, a new id adds one (after the
/// others, in the file's order), and items the file does not mention are left as they are.
/// Names of other things (a test's title in evidence.csv, a body's name in budgets.csv) are
/// for people and are not read back. Pure: the caller reads and writes the files.
public enum CSVImport {
    /// The review with the file's rows applied, or every problem found (nothing is applied
    /// when there is any).
    public static func apply(_ kind: CSVImportKind, csv: String, evidence: String? = nil,
                             to review: Review) -> Result<Review, CSVImportFailure> {
        let table: ReportTable
        switch kind {
        case .tests: table = BoardPaper.testsTable(Review(programme: review.programme))
        case .milestones: table = BoardPaper.timelineTable(Review(programme: review.programme))
        case .budgets: table = BoardPaper.budgetsTable(Review(programme: Programme(name: "", system: "", asOf: review.programme.asOf)))
        }
        let expected = table.columns.filter { $0.presence != .markdown }.map(\.csvName)
        let records = CSVRecords(text: csv, expected: expected)
        guard records.issues.isEmpty else { return .failure(CSVImportFailure(file: .main, issues: records.issues)) }
        var updated = review
        var issues: [CSVImportIssue] = []
        switch kind {
        case .tests:
            issues = applyTests(records, to: &updated)
            if let evidence, issues.isEmpty {
                let evidenceColumns = BoardPaper.evidenceTable(Review(programme: review.programme)).columns.map(\.csvName)
                let evidenceRecords = CSVRecords(text: evidence, expected: evidenceColumns)
                guard evidenceRecords.issues.isEmpty else {
                    return .failure(CSVImportFailure(file: .evidence, issues: evidenceRecords.issues))
                }
                let evidenceIssues = applyEvidence(evidenceRecords, to: &updated)
                guard evidenceIssues.isEmpty else { return .failure(CSVImportFailure(file: .evidence, issues: evidenceIssues)) }
            }
        case .milestones:
            issues = applyMilestones(records, to: &updated)
        case .budgets:
            issues = applyBudgets(records, to: &updated)
        }
        return issues.isEmpty ? .success(updated) : .failure(CSVImportFailure(file: .main, issues: issues))
    }

    /// Checks that ids are given and unique in the file; returns the rows with their ids.
    private static func keyed(_ records: CSVRecords, column: String = "id", issues: inout [CSVImportIssue]) -> [(Int, String, [String])] {
        var seen: [String: Int] = [:]
        var out: [(Int, String, [String])] = []
        for (row, fields) in records.rows {
            let id = records.value(fields, column).trimmingSpaces
            guard !id.isEmpty else {
                issues.append(CSVImportIssue(row: row, column: column, problem: "empty", fix: "write the item's id (ids are the keys; a new id adds an item)"))
                continue
            }
            if let first = seen[id] {
                issues.append(CSVImportIssue(row: row, column: column, problem: "\(id) is also on row \(first)", fix: "give each item one row"))
                continue
            }
            seen[id] = row
            out.append((row, id, fields))
        }
        return out
    }

    // MARK: Tests

    private static func applyTests(_ records: CSVRecords, to review: inout Review) -> [CSVImportIssue] {
        var issues: [CSVImportIssue] = []
        var tests = Array(review.mergerTests)
        var index: [String: Int] = [:]
        for (position, test) in tests.enumerated() where index[test.id] == nil { index[test.id] = position }
        let statuses = TestStatus.allCases.map { ($0.label, $0) }
        let rags = RAG.allCases.map { ($0 == .unrated ? "Unrated" : $0.label, $0) }
        for (row, id, fields) in keyed(records, issues: &issues) {
            var reader = CSVFieldReader(records, row: row, fields: fields)
            let title = reader.required("title", what: "test's title")
            let status = reader.word("status", statuses)
            let rag = reader.word("rag", rags, empty: .unrated)
            let target = reader.flexibleDate(value: "target_date_value", label: "target_date_label")
            _ = reader.count("number")
            issues += reader.issues
            guard reader.issues.isEmpty, let title, let status, let rag, case .some(let targetDate) = target else { continue }
            var test = index[id].map { tests[$0] } ?? MergerTest(id: id, title: title)
            test.title = title
            test.description = reader.text("description")
            test.status = status
            test.rag = rag
            test.owner = reader.text("owner")
            test.targetDate = targetDate
            test.notes = reader.text("notes")
            if let position = index[id] { tests[position] = test } else {
                index[id] = tests.count
                tests.append(test)
            }
        }
        review.mergerTests = ChunkedArray(tests)
        return issues
    }

    /// evidence.csv beside tests.csv: each test's evidence replaced by the file's, in its order.
    private static func applyEvidence(_ records: CSVRecords, to review: inout Review) -> [CSVImportIssue] {
        var issues: [CSVImportIssue] = []
        var tests = Array(review.mergerTests)
        var index: [String: Int] = [:]
        for (position, test) in tests.enumerated() where index[test.id] == nil { index[test.id] = position }
        var evidence: [String: [Evidence]] = [:]
        var seen: [String: Int] = [:]
        let states = EvidenceState.allCases.map { ($0.label, $0) }
        for (row, fields) in records.rows {
            var reader = CSVFieldReader(records, row: row, fields: fields)
            let testId = reader.required("test_id", what: "id of the test the evidence supports")
            let id = reader.required("id", what: "evidence's id")
            let title = reader.required("title", what: "evidence's title")
            let date = reader.day("date")
            let state = reader.word("state", states)
            if let testId, index[testId] == nil {
                reader.fail("test_id", "no merger test has the id \(testId)", "write the id of a test in tests.csv or the review")
            }
            if let id, let first = seen["\(testId ?? "")/\(id)"] {
                reader.fail("id", "\(id) is also on row \(first)", "give each piece of evidence one row")
            }
            issues += reader.issues
            guard reader.issues.isEmpty, let testId, let id, let title, let state, case .some(let day) = date else { continue }
            seen["\(testId)/\(id)"] = row
            evidence[testId, default: []].append(Evidence(id: id, title: title, reference: reader.text("reference"), date: day, state: state))
        }
        guard issues.isEmpty else { return issues }
        for (position, test) in tests.enumerated() { tests[position].evidence = evidence[test.id] ?? [] }
        review.mergerTests = ChunkedArray(tests)
        return issues
    }

    // MARK: Milestones

    private static func applyMilestones(_ records: CSVRecords, to review: inout Review) -> [CSVImportIssue] {
        var issues: [CSVImportIssue] = []
        var milestones = Array(review.milestones)
        var index: [String: Int] = [:]
        for (position, milestone) in milestones.enumerated() where index[milestone.id] == nil { index[milestone.id] = position }
        let statuses = MilestoneStatus.allCases.map { ($0.label, $0) }
        for (row, id, fields) in keyed(records, issues: &issues) {
            var reader = CSVFieldReader(records, row: row, fields: fields)
            let title = reader.required("title", what: "milestone")
            let date = reader.flexibleDate(value: "date_value", label: "date_label")
            let end = reader.flexibleDate(value: "end_date_value", label: "end_date_label")
            let status = reader.word("status", statuses)
            issues += reader.issues
            guard reader.issues.isEmpty, let title, let status, case .some(let dated) = date, case .some(let endDate) = end else { continue }
            let start = dated ?? FlexibleDate.undated()
            var milestone = index[id].map { milestones[$0] } ?? Milestone(id: id, title: title, date: start)
            milestone.title = title
            milestone.date = start
            milestone.endDate = endDate
            milestone.status = status
            milestone.owner = reader.text("owner")
            milestone.dependsOn = reader.text("depends_on").split(separator: " ").map(String.init)
            milestone.notes = reader.text("notes")
            if let position = index[id] { milestones[position] = milestone } else {
                index[id] = milestones.count
                milestones.append(milestone)
            }
        }
        review.milestones = ChunkedArray(milestones)
        return issues
    }

    // MARK: Budgets

    /// "allocation" -> "allocation_gbp_m", as budgets.csv names the money columns.
    static func moneyColumn(_ measure: Measure) -> String { BoardPaper.csvName(measure) + "_gbp_m" }

    /// A body's rows for a year hold its lines, one a cell: the first row its counts and each
    /// measure's first line, each further row the next line of every measure. A value replaces
    /// the amount of the line in its place (keeping the line's id and notes), or adds a line
    /// where the body has fewer; an empty cell, or a line beyond the body's rows for the year,
    /// removes it. A row without a year sets the counts only.
    private static func applyBudgets(_ records: CSVRecords, to review: inout Review) -> [CSVImportIssue] {
        var issues: [CSVImportIssue] = []
        var programme = review.programme
        let original = Array(review.budgets.lines)
        var lines = original
        let scopes = TotalScope.allCases.map { ($0.rawValue, $0) }
        var usedIds = Set(lines.map(\.id))
        var positions: [BudgetLineKey: [Int]] = [:]
        for (position, line) in lines.enumerated() {
            for key in BudgetLineKey.keys(line) { positions[key, default: []].append(position) }
        }
        var removed = Set<Int>()
        var added: [BudgetLine] = []
        var organisationIndex: [String: Int] = [:]
        for (position, body) in programme.organisations.enumerated() where organisationIndex[body.id] == nil { organisationIndex[body.id] = position }
        var placeIndex: [String: Int] = [:]
        for (position, body) in programme.places.enumerated() where placeIndex[body.id] == nil { placeIndex[body.id] = position }
        /// The rows read so far for a year (or none), scope and body: where the first one is, and how many.
        var bodyRows: [String: (first: Int, count: Int)] = [:]
        /// Every body and year the file gives lines for, with its number of rows, in file order.
        var bodyYears: [(scope: TotalScope, id: String, year: FinancialYear)] = []
        for (row, fields) in records.rows {
            var reader = CSVFieldReader(records, row: row, fields: fields)
            let yearText = reader.text("year").trimmingSpaces
            let year = FinancialYear(yearText)
            let yearKey = year?.description ?? yearText
            if !yearText.isEmpty && year == nil {
                reader.fail("year", "“\(yearText)” is not a financial year", "write it as 2019/20, or leave it empty for a row of counts only")
            }
            let scope = reader.word("scope", scopes)
            let id = reader.required("id", what: "organisation's or place's id")
            var bodyIndex: Int?
            var earlier: (first: Int, count: Int)?
            if let id, let scope {
                bodyIndex = scope == .organisations ? organisationIndex[id] : placeIndex[id]
                if bodyIndex == nil {
                    reader.fail("id", "no \(scope == .organisations ? "organisation" : "place") has the id \(id)",
                                "write the id of one of the review's \(scope.rawValue) (names are not read back)")
                }
                earlier = bodyRows["\(yearKey)/\(scope.rawValue)/\(id)"]
                if let earlier, yearText.isEmpty {
                    reader.fail("id", "\(id) is also on row \(earlier.first) with no year", "give each body one row of counts")
                }
            }
            let population = reader.count("registered_population")
            let practices = reader.count("practices")
            let pcns = reader.count("pcns")
            if scope == .organisations, case .some(.some) = pcns {
                reader.fail("pcns", "organisations have no PCN count", "leave it empty (places have PCNs)")
            }
            if let earlier, !yearText.isEmpty {
                for (column, value) in [("registered_population", population), ("practices", practices), ("pcns", pcns)] {
                    if case .some(.some) = value {
                        reader.fail(column, "a count on a further row for \(id ?? "") in \(yearText) (its first is row \(earlier.first))",
                                    "leave the counts empty here: they belong on the body's first row for the year; this row holds further budget lines")
                    }
                }
            }
            var amounts: [Measure: Money?] = [:]
            for measure in Measure.moneyMeasures {
                guard case .some(let amount) = reader.money(moneyColumn(measure)) else { continue }
                if year == nil && amount != nil && yearText.isEmpty {
                    reader.fail(moneyColumn(measure), "an amount on a row without a year", "write the year (2019/20) in the year column")
                }
                amounts[measure] = amount
            }
            issues += reader.issues
            guard reader.issues.isEmpty, let scope, let id, let bodyIndex,
                  case .some(let populationValue) = population, case .some(let practicesValue) = practices,
                  case .some(let pcnsValue) = pcns else { continue }
            let part = earlier?.count ?? 0
            bodyRows["\(yearKey)/\(scope.rawValue)/\(id)"] = (earlier?.first ?? row, part + 1)
            if part == 0 {
                if scope == .organisations {
                    programme.organisations[bodyIndex].registeredPopulation = populationValue
                    programme.organisations[bodyIndex].practices = practicesValue
                } else {
                    programme.places[bodyIndex].registeredPopulation = populationValue
                    programme.places[bodyIndex].practices = practicesValue
                    programme.places[bodyIndex].pcns = pcnsValue
                }
            }
            guard let year else { continue }
            if part == 0 { bodyYears.append((scope, id, year)) }
            for measure in Measure.moneyMeasures {
                let amount = amounts[measure] ?? nil
                let key = BudgetLineKey(year: year, measure: measure, scope: scope, entityId: id)
                let matching = positions[key] ?? []
                if matching.indices.contains(part) {
                    let position = matching[part]
                    if let amount {
                        if amount != original[position].amount { lines[position].amount = amount }
                    } else {
                        removed.insert(position)
                    }
                } else if let amount {
                    var lineId = "b-\(id)-\(measure.rawValue)-\(year.startYear)"
                    var suffix = 2
                    while usedIds.contains(lineId) {
                        lineId = "b-\(id)-\(measure.rawValue)-\(year.startYear)-\(suffix)"
                        suffix += 1
                    }
                    usedIds.insert(lineId)
                    added.append(BudgetLine(id: lineId, year: year, organisationId: scope == .organisations ? id : nil,
                                            placeId: scope == .places ? id : nil, measure: measure, amount: amount))
                }
            }
        }
        guard issues.isEmpty else { return issues }
        // Lines beyond a body's rows for a year go: the rows give all of its lines for that year.
        for (scope, id, year) in bodyYears {
            let rows = bodyRows["\(year.description)/\(scope.rawValue)/\(id)"]?.count ?? 0
            for measure in Measure.moneyMeasures {
                let matching = positions[BudgetLineKey(year: year, measure: measure, scope: scope, entityId: id)] ?? []
                if matching.count > rows { removed.formUnion(matching[rows...]) }
            }
        }
        review.programme = programme
        review.budgets.lines = ChunkedArray(lines.enumerated().filter { !removed.contains($0.offset) }.map(\.element) + added)
        return issues
    }
}
