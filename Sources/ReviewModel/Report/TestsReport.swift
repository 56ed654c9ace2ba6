/// The merger tests and their evidence.
extension BoardPaper {
    /// RAG as a word: the paper never rests meaning on a colour or a symbol.
    static func ragWord(_ rag: RAG) -> String {
        rag == .unrated ? "Unrated" : rag.label
    }

    /// One row per test; the paper lists each test's evidence in its row.
    public static func testsTable(_ review: Review) -> ReportTable {
        let columns = [
            ReportColumn("No.", csv: "number", numeric: true),
            .csvOnly("id"),
            ReportColumn("Test", csv: "title"),
            .csvOnly("description"),
            ReportColumn("Status", csv: "status"),
            ReportColumn("RAG", csv: "rag"),
            ReportColumn("Owner", csv: "owner"),
            ReportColumn("Target date", csv: "target_date"),
            .csvOnly("target_date_value"),
            .csvOnly("target_date_label"),
            .csvOnly("target_first_day"),
            ReportColumn("Evidence", csv: "evidence", .markdown),
            .csvOnly("evidence_count", numeric: true),
            .csvOnly("evidence_accepted", numeric: true),
            .csvOnly("notes"),
        ]
        let rows: [[ReportValue]] = review.mergerTests.enumerated().map { index, test in
            [
                .count(index + 1),
                .text(test.id),
                .text(test.title),
                .text(test.description),
                .text(test.status.label),
                .text(ragWord(test.rag)),
                .text(test.owner),
                .optionalText(test.targetDate?.display),
                .optionalText(test.targetDate?.fileText),
                .optionalText(test.targetDate?.label),
                .optionalDay(test.targetDate?.earliestDay),
                .text(test.evidence.isEmpty ? "None" : test.evidence.map(evidenceLine).joined(separator: "\n")),
                .count(test.evidence.count),
                .count(test.evidence.filter { $0.state == .accepted }.count),
                .text(test.notes),
            ]
        }
        return ReportTable(name: "tests", columns: columns, rows: rows)
    }

    /// "Governing Body minutes (GB/2019/41, 12 Sep 2019): Submitted"
    static func evidenceLine(_ evidence: Evidence) -> String {
        let details = [evidence.reference, evidence.date?.short ?? ""].filter { !$0.isEmpty }
        let title = evidence.title.replacingLineBreaks(with: " ")
        return (details.isEmpty ? title : "\(title) (\(details.joined(separator: ", ")))") + ": \(evidence.state.label)"
    }

    /// One row per piece of evidence, with the test it supports (CSV only).
    public static func evidenceTable(_ review: Review) -> ReportTable {
        let columns = [
            ReportColumn("Test no.", csv: "test_number", numeric: true),
            ReportColumn("Test id", csv: "test_id"),
            ReportColumn("Test", csv: "test_title"),
            ReportColumn("Id", csv: "id"),
            ReportColumn("Evidence", csv: "title"),
            ReportColumn("Reference", csv: "reference"),
            ReportColumn("Date", csv: "date"),
            ReportColumn("State", csv: "state"),
        ]
        var rows: [[ReportValue]] = []
        for (index, test) in review.mergerTests.enumerated() {
            for evidence in test.evidence {
                rows.append([.count(index + 1), .text(test.id), .text(test.title), .text(evidence.id), .text(evidence.title),
                             .text(evidence.reference), .optionalDay(evidence.date), .text(evidence.state.label)])
            }
        }
        return ReportTable(name: "evidence", columns: columns, rows: rows)
    }

    /// "## Merger tests": readiness, the RAG count in words, the chart and the table.
    static func testsSection(_ review: Review, _ summary: ReviewSummary) -> [PaperBlock] {
        var blocks: [PaperBlock] = [.heading("Merger tests", level: 2)]
        guard !review.mergerTests.isEmpty else { return blocks + [.paragraph("No merger tests are recorded.")] }
        let counts = [RAG.green, .amber, .red, .unrated].compactMap { rag -> String? in
            let count = review.mergerTests.filter { $0.rag == rag }.count
            return count == 0 ? nil : "\(count) \(ragWord(rag))"
        }
        blocks.append(.paragraph("Readiness: \(summary.readinessText) (merger tests). RAG: \(counts.joined(separator: ", "))."))
        blocks.append(.chart(ReadinessChart.chart(review)))
        blocks.append(.table(testsTable(review)))
        return blocks
    }
}
