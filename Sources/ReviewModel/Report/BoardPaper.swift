/// The board paper: the whole review as one Markdown document for a Governing Body or
/// Joint Committee, and the same tables as CSV files. Pure: the same review and day give
/// the same text. Figures are computed as of the programme's as-of date (overdue items,
/// days to go), as `merger-review summary` computes them; `today` is the day the paper
/// is prepared, shown in its heading.
public enum BoardPaper {
    /// The paper in GitHub-flavoured Markdown, ending with a newline.
    public static func markdown(_ review: Review, today: CalendarDate) -> String {
        let summary = ReviewSummary(review)
        let sections = [
            header(review, today: today),
            summarySection(summary),
            testsSection(review, summary),
            timelineSection(review, summary),
            appraisalSection(review, summary),
            budgetsSection(review, summary),
            decisionsSection(review),
        ]
        return sections.joined(separator: "\n")
    }

    /// One CSV file per table, in the paper's order: tests, evidence, timeline, options,
    /// appraisal, budgets, recommendations, actions. `name` is the file name without ".csv".
    /// `today` does not change the tables; it is taken for symmetry with `markdown`.
    public static func csvTables(_ review: Review, today: CalendarDate) -> [(name: String, csv: String)] {
        tables(review).map { ($0.name, CSVText.table($0)) }
    }

    /// The tables the CSV files hold.
    public static func tables(_ review: Review) -> [ReportTable] {
        [testsTable(review), evidenceTable(review), timelineTable(review), optionsTable(review), appraisalTable(review),
         budgetsTable(review), recommendationsTable(review), actionsTable(review)]
    }

    static func header(_ review: Review, today: CalendarDate) -> String {
        let programme = review.programme
        var out = "# Merger readiness: \(MarkdownText.headingText(programme.name))\n\n"
        out += "Board paper prepared on \(today.long), with figures as of \(programme.asOf.long).\n"
        if !programme.source.isEmpty { out += "\nSource: \(MarkdownText.inline(programme.source))\n" }
        return out
    }

    /// The figures of `merger-review summary`, in its words, as a list.
    static func summarySection(_ summary: ReviewSummary) -> String {
        var out = "## Summary\n\n"
        for entry in summary.entries {
            switch entry.level {
            case .figure: out += "- \(MarkdownText.inline(entry.label)): \(MarkdownText.inline(entry.value))\n"
            case .budgetHeading: out += "- \(MarkdownText.inline(entry.label)):\n"
            case .budgetFigure: out += "  - \(MarkdownText.inline(entry.label)): \(MarkdownText.inline(entry.value))\n"
            }
        }
        return out
    }
}
