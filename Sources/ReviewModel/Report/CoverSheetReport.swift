/// The NHS cover sheet that opens a board paper: the paper's details (meeting, date, agenda
/// item, purpose, author, sponsor, where it was considered before), an executive summary
/// generated from the review (readiness, overdue milestones, the decision sought, the
/// financial gap) and the recommendations to the board with the decision each seeks.
extension BoardPaper {
    /// The cover sheet's blocks (the paged formats start the next section on a new page);
    /// empty when there are no details.
    static func coverSheet(_ review: Review, _ summary: ReviewSummary, details: PaperDetails?) -> [PaperBlock] {
        guard let details, !details.isEmpty else { return [] }
        var blocks: [PaperBlock] = [.heading("Cover sheet", level: 2), .table(coverTable(details))]
        blocks.append(.heading("Executive summary", level: 3))
        blocks += executiveSummary(review, summary).map(PaperBlock.paragraph)
        blocks.append(.heading("Recommendations to the board", level: 3))
        if review.recommendations.isEmpty {
            blocks.append(.paragraph("No recommendations are recorded."))
        } else {
            blocks.append(.list(review.recommendations.enumerated().map { index, recommendation in
                PaperListItem("\(index + 1). \(recommendation.kind.label): \(recommendation.text)"
                    + (recommendation.outcome == .pending ? "" : " (\(recommendation.outcome.label))"))
            }))
        }
        return blocks
    }

    static func coverTable(_ details: PaperDetails) -> ReportTable {
        let rows: [(String, String)] = [
            ("Meeting", details.meeting),
            ("Date of meeting", details.meetingDate),
            ("Agenda item", details.agendaItem),
            ("Purpose", details.purpose?.label ?? ""),
            ("Author", details.author),
            ("Executive sponsor", details.sponsor),
            ("Previously considered by", details.previouslyConsidered),
        ]
        return ReportTable(name: "", columns: [ReportColumn("Paper", csv: "item"), ReportColumn("Details", csv: "details")],
                           rows: rows.map { [.text($0.0), .text($0.1.isEmpty ? "Not given" : $0.1)] })
    }

    /// The executive summary as sentences, each from the same figures the paper's sections give.
    static func executiveSummary(_ review: Review, _ summary: ReviewSummary) -> [String] {
        var sentences: [String] = []
        if review.mergerTests.isEmpty {
            sentences.append("No merger tests are recorded.")
        } else {
            sentences.append("Readiness: \(summary.readinessText) merger tests are assured.")
        }
        let overdue = review.overdueMilestones
        if overdue.isEmpty {
            sentences.append("No milestone is overdue at \(review.programme.asOf.long).")
        } else {
            let named = overdue.prefix(3).map { "\($0.title) (\(dateText($0)))" }.joined(separator: "; ")
            let more = overdue.count > 3 ? "; and \(overdue.count - 3) more" : ""
            sentences.append("Overdue milestones at \(review.programme.asOf.long): \(overdue.count): \(named)\(more).")
        }
        let pending = review.recommendations.filter { $0.outcome == .pending }
        if !pending.isEmpty {
            let kinds = pending.map { $0.kind.label.lowercased() }
            var unique: [String] = []
            for kind in kinds where !unique.contains(kind) { unique.append(kind) }
            sentences.append("Decision sought: the board is asked to \(unique.joined(separator: ", ")) "
                + "(\(pending.count) recommendation\(pending.count == 1 ? "" : "s"), listed below).")
        }
        if !review.appraisal.options.isEmpty {
            sentences.append("Preferred option: \(summary.preferredOptionText)")
        }
        if let position = summary.budget.runningCostPosition {
            sentences.append("Financial gap: \(position.sentence).")
        }
        return sentences
    }
}
