/// The programme timeline, in date order, with overdue milestones marked in words.
extension BoardPaper {
    /// "Feb 2020 – Mar 2020" for a period, "30 Sep 2020" for a day.
    public static func dateText(_ milestone: Milestone) -> String {
        guard let end = milestone.endDate else { return milestone.date.display }
        return "\(milestone.date.display) – \(end.display)"
    }

    /// The timeline's table; `forPaper` leaves the CSV-only columns empty (the paper does not
    /// show them), so a paper of a long timeline does not work them out.
    public static func timelineTable(_ review: Review, forPaper: Bool = false) -> ReportTable {
        let asOf = review.programme.asOf
        let columns = [
            .csvOnly("id"),
            ReportColumn("Date", csv: "date_range", .markdown),
            .csvOnly("date"),
            .csvOnly("date_value"),
            .csvOnly("date_label"),
            .csvOnly("date_first_day"),
            .csvOnly("end_date"),
            .csvOnly("end_date_value"),
            .csvOnly("end_date_label"),
            .csvOnly("end_date_last_day"),
            ReportColumn("Milestone", csv: "title"),
            ReportColumn("Status", csv: "status"),
            ReportColumn("Overdue", csv: "overdue"),
            ReportColumn("Owner", csv: "owner"),
            .csvOnly("depends_on"),
            .csvOnly("notes"),
        ]
        let rows: [[ReportValue]] = review.milestonesInDateOrder.map { milestone in
            if forPaper {
                return [.empty, .text(dateText(milestone)), .empty, .empty, .empty, .empty, .empty, .empty, .empty, .empty,
                        .text(milestone.title), .text(milestone.status.label), .flag(milestone.isOverdue(asOf: asOf), word: "OVERDUE"),
                        .text(milestone.owner), .empty, .empty]
            }
            return [
                .text(milestone.id),
                .text(dateText(milestone)),
                .text(milestone.date.display),
                .text(milestone.date.fileText),
                .optionalText(milestone.date.label),
                .optionalDay(milestone.date.earliestDay),
                .optionalText(milestone.endDate?.display),
                .optionalText(milestone.endDate?.fileText),
                .optionalText(milestone.endDate?.label),
                .optionalDay(milestone.endDate?.latestDay),
                .text(milestone.title),
                .text(milestone.status.label),
                .flag(milestone.isOverdue(asOf: asOf), word: "OVERDUE"),
                .text(milestone.owner),
                .text(milestone.dependsOn.joined(separator: " ")),
                .text(milestone.notes),
            ]
        }
        return ReportTable(name: "timeline", columns: columns, rows: rows)
    }

    /// "## Timeline": the next milestone, how many are overdue, the chart and the table.
    static func timelineSection(_ review: Review, _ summary: ReviewSummary) -> [PaperBlock] {
        var blocks: [PaperBlock] = [.heading("Timeline", level: 2)]
        guard !review.milestones.isEmpty else { return blocks + [.paragraph("No milestones are recorded.")] }
        blocks.append(.paragraph("Next milestone: \(summary.nextMilestoneText)."))
        let overdue = review.overdueMilestones.count
        let asOf = review.programme.asOf.long
        blocks.append(.paragraph(overdue == 0
            ? "No milestone is overdue at \(asOf)."
            : "Overdue milestones: \(overdue) at \(asOf), marked OVERDUE below."))
        blocks.append(.chart(TimelineChart.chart(review)))
        blocks.append(.table(timelineTable(review, forPaper: true)))
        return blocks
    }
}
