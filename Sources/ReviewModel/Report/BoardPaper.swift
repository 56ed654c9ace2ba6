/// The board paper: the whole review as one Markdown document for a Governing Body or
/// Joint Committee, and the same tables as CSV files. Pure: the same review and day give
/// the same text. Figures are computed as of the programme's as-of date (overdue items,
/// days to go), as `merger-review summary` computes them; `today` is the day the paper
/// is prepared, shown in its heading.
public enum BoardPaper {
    /// The paper in GitHub-flavoured Markdown, ending with a newline.
    /// With `since`, the paper opens with what changed since that version of the review.
    public static func markdown(_ review: Review, today: CalendarDate, since: Review? = nil) -> String {
        MarkdownText.document(document(review, today: today, since: since))
    }

    /// The paper as one self-contained HTML file (inline CSS and SVG, no script).
    public static func html(_ review: Review, today: CalendarDate, since: Review? = nil) -> String {
        HTMLText.document(document(review, today: today, since: since))
    }

    /// The paper as the parts of a Word document (zip them to get the .docx).
    public static func docxParts(_ review: Review, today: CalendarDate, since: Review? = nil) -> [DocxPackage.Part] {
        DocxPackage.parts(document(review, today: today, since: since))
    }

    /// The paper as blocks, in order: heading, the changes since an earlier version (with
    /// `since`), the cover sheet (when the review has the paper's details), summary, merger
    /// tests, timeline, options appraisal, budgets, decisions and open actions, each major
    /// section with its charts.
    public static func document(_ review: Review, today: CalendarDate, since: Review? = nil) -> PaperDocument {
        let summary = ReviewSummary(review)
        var blocks = header(review, today: today)
        if let since { blocks += changesSinceSection(from: since, to: review) }
        blocks += coverSheet(review, summary, details: review.paper)
        blocks += summarySection(summary)
        blocks += testsSection(review, summary)
        blocks += timelineSection(review, summary)
        blocks += appraisalSection(review, summary)
        blocks += budgetsSection(review, summary)
        blocks += decisionsSection(review)
        return PaperDocument(programmeName: review.programme.name, blocks: blocks)
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

    static func header(_ review: Review, today: CalendarDate) -> [PaperBlock] {
        let programme = review.programme
        var blocks: [PaperBlock] = [
            .heading("Merger readiness: \(programme.name)", level: 1),
            .paragraph("Board paper prepared on \(today.long), with figures as of \(programme.asOf.long)."),
        ]
        if !programme.source.isEmpty { blocks.append(.paragraph("Source: \(programme.source)")) }
        return blocks
    }

    /// The figures of `merger-review summary`, in its words, as a list.
    static func summarySection(_ summary: ReviewSummary) -> [PaperBlock] {
        var items: [PaperListItem] = []
        for entry in summary.entries {
            switch entry.level {
            case .figure: items.append(PaperListItem("\(entry.label): \(entry.value)"))
            case .budgetHeading: items.append(PaperListItem("\(entry.label):"))
            case .budgetFigure:
                if items.isEmpty { items.append(PaperListItem("")) }
                items[items.count - 1].children.append("\(entry.label): \(entry.value)")
            }
        }
        return [.heading("Summary", level: 2), .list(items)]
    }
}
