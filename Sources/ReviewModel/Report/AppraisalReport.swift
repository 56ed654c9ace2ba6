/// The options appraisal: the options with their weighted totals and ranks, the matrix of
/// judgements, the preferred option and the recommendation.
extension BoardPaper {
    /// "Option 2" or "Option 2 (preferred)", as the matrix heads its columns.
    static func optionHeading(_ index: Int, _ appraisal: Appraisal) -> String {
        "Option \(index + 1)" + (appraisal.options[index].id == appraisal.preferredOptionId ? " (preferred)" : "")
    }

    /// One row per option. Weighted totals and ranks appear in the paper only when the options are scored.
    public static func optionsTable(_ review: Review) -> ReportTable {
        let appraisal = review.appraisal
        let scoring = AppraisalScoring(appraisal)
        let ranks = scoring.ranks
        let scored: ReportColumn.Presence = scoring.isScored ? .both : .csv
        let columns = [
            ReportColumn("No.", csv: "number", numeric: true),
            .csvOnly("id"),
            ReportColumn("Option", csv: "title"),
            .csvOnly("description"),
            ReportColumn("Bodies left", csv: "organisations_left", numeric: true),
            ReportColumn("Weighted total", csv: "weighted_total", numeric: true, scored),
            ReportColumn("Rank", csv: "rank", numeric: true, scored),
            ReportColumn("Preferred", csv: "preferred"),
            .csvOnly("pros"),
            .csvOnly("cons"),
        ]
        let rows: [[ReportValue]] = appraisal.options.enumerated().map { index, option in
            [
                .count(index + 1),
                .text(option.id),
                .text(option.title),
                .text(option.description),
                .optionalCount(option.organisationsLeft),
                scoring.weightedTotal(optionId: option.id).map { .number($0, places: 1) } ?? .empty,
                .optionalCount(ranks[option.id]),
                .flag(option.id == appraisal.preferredOptionId, word: "Preferred"),
                .text(option.pros.joined(separator: "\n")),
                .text(option.cons.joined(separator: "\n")),
            ]
        }
        return ReportTable(name: "options", columns: columns, rows: rows)
    }

    /// Criteria as rows, options as columns, with the weighted totals and ranks below when scored (paper only).
    static func matrixTable(_ review: Review) -> ReportTable {
        let appraisal = review.appraisal
        let scoring = AppraisalScoring(appraisal)
        let weighted = appraisal.criteria.contains { $0.weight != nil }
        var columns = [ReportColumn("Criterion", csv: "criterion")]
        if weighted { columns.append(ReportColumn("Weight", csv: "weight", numeric: true)) }
        columns += appraisal.options.indices.map { ReportColumn(optionHeading($0, appraisal), csv: "option_\($0 + 1)") }
        let rows: [[ReportValue]] = appraisal.criteria.map { criterion in
            var row: [ReportValue] = [.text(criterion.title)]
            if weighted { row.append(criterion.weight.map { .number($0, places: nil) } ?? .empty) }
            row += appraisal.options.map { option in
                guard let cell = appraisal.cell(option: option.id, criterion: criterion.id) else { return .empty }
                guard let score = cell.score else { return .text(cell.judgement) }
                let scoreText = "Score \(DecimalText.canonical(score))"
                return .text(cell.judgement.isEmpty ? scoreText : "\(scoreText): \(cell.judgement)")
            }
            return row
        }
        var footer: [[ReportValue]] = []
        if scoring.isScored {
            let lead: [ReportValue] = weighted ? [.empty] : []
            let ranks = scoring.ranks
            footer.append([.text("Weighted total")] + lead + appraisal.options.map { option in
                scoring.weightedTotal(optionId: option.id).map { .number($0, places: 1) } ?? .empty
            })
            footer.append([.text("Rank")] + lead + appraisal.options.map { .optionalCount(ranks[$0.id]) })
        }
        return ReportTable(name: "", columns: columns, rows: rows, footer: footer)
    }

    /// One row per option and criterion, matrix order, every pair listed (CSV only).
    public static func appraisalTable(_ review: Review) -> ReportTable {
        let appraisal = review.appraisal
        let columns = [
            ReportColumn("Option no.", csv: "option_number", numeric: true),
            ReportColumn("Option id", csv: "option_id"),
            ReportColumn("Option", csv: "option"),
            ReportColumn("Criterion id", csv: "criterion_id"),
            ReportColumn("Criterion", csv: "criterion"),
            ReportColumn("Weight", csv: "weight", numeric: true),
            ReportColumn("Score", csv: "score", numeric: true),
            ReportColumn("Judgement", csv: "judgement"),
        ]
        var rows: [[ReportValue]] = []
        for (index, option) in appraisal.options.enumerated() {
            for criterion in appraisal.criteria {
                let cell = appraisal.cell(option: option.id, criterion: criterion.id)
                rows.append([.count(index + 1), .text(option.id), .text(option.title), .text(criterion.id), .text(criterion.title),
                             criterion.weight.map { .number($0, places: nil) } ?? .empty,
                             cell?.score.map { .number($0, places: nil) } ?? .empty,
                             .optionalText(cell?.judgement)])
            }
        }
        return ReportTable(name: "appraisal", columns: columns, rows: rows)
    }

    /// "## Options appraisal": the options, the matrix on landscape pages, the preferred option.
    static func appraisalSection(_ review: Review, _ summary: ReviewSummary) -> [PaperBlock] {
        var blocks: [PaperBlock] = [.heading("Options appraisal", level: 2)]
        let appraisal = review.appraisal
        guard !appraisal.options.isEmpty else { return blocks + [.paragraph("No options appraisal is recorded.")] }
        blocks.append(.table(optionsTable(review)))
        if !appraisal.criteria.isEmpty {
            var matrix: [PaperBlock] = [.heading("Appraisal matrix", level: 3)]
            if !AppraisalScoring(appraisal).isScored {
                matrix.append(.paragraph("The options are judged in words, not scored, so there are no weighted totals or ranks."))
            }
            matrix.append(.table(matrixTable(review)))
            blocks.append(.landscape(matrix))
        }
        blocks.append(.paragraph("Preferred option: \(summary.preferredOptionText)"))
        if !appraisal.recommendation.isEmpty {
            blocks.append(.paragraph("Recommendation: \(appraisal.recommendation)"))
        }
        return blocks
    }
}
