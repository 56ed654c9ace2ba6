/// The recommendations with the board's decisions, and the action log.
extension BoardPaper {
    public static func recommendationsTable(_ review: Review) -> ReportTable {
        let columns = [
            ReportColumn("No.", csv: "number", numeric: true),
            .csvOnly("id"),
            ReportColumn("Kind", csv: "kind"),
            ReportColumn("Recommendation", csv: "text"),
            ReportColumn("Outcome", csv: "outcome"),
            ReportColumn("Decided on", csv: "decided_on"),
            ReportColumn("Minute", csv: "minute"),
        ]
        let rows: [[ReportValue]] = review.recommendations.enumerated().map { index, recommendation in
            [.count(index + 1), .text(recommendation.id), .text(recommendation.kind.label), .text(recommendation.text),
             .text(recommendation.outcome.label), .optionalDay(recommendation.decidedOn), .text(recommendation.minute)]
        }
        return ReportTable(name: "recommendations", columns: columns, rows: rows)
    }

    /// The paper lists the open actions (open or carried forward); the CSV file every action.
    public static func actionsTable(_ review: Review, openOnly: Bool = false) -> ReportTable {
        let asOf = review.programme.asOf
        let columns = [
            .csvOnly("id"),
            ReportColumn("Action", csv: "title"),
            ReportColumn("Owner", csv: "owner"),
            ReportColumn("Due", csv: "due_now", .markdown),
            .csvOnly("due"),
            .csvOnly("carried_forward_to"),
            ReportColumn("Status", csv: "status"),
            ReportColumn("Overdue", csv: "overdue"),
            ReportColumn("Linked to", csv: "linked_item"),
            .csvOnly("linked_item_id"),
            .csvOnly("raised_at"),
            .csvOnly("notes"),
        ]
        let actions = openOnly ? review.actions.filter(\.isOpen) : review.actions
        let items = ItemIndex(review)
        let rows: [[ReportValue]] = actions.map { action in
            let link = action.linkedItemId.map { items.title(ofItem: $0, in: review) ?? $0 }
            return [
                .text(action.id), .text(action.title), .text(action.owner),
                .optionalDay(action.carriedForwardTo ?? action.due), .optionalDay(action.due), .optionalDay(action.carriedForwardTo),
                .text(action.status.label), .flag(action.isOverdue(asOf: asOf), word: "OVERDUE"),
                .optionalText(link), .optionalText(action.linkedItemId), .optionalDay(action.raisedAt), .text(action.notes),
            ]
        }
        return ReportTable(name: "actions", columns: columns, rows: rows)
    }

    /// "## Decisions" and "## Open actions"
    static func decisionsSection(_ review: Review) -> [PaperBlock] {
        var blocks: [PaperBlock] = [.heading("Decisions", level: 2)]
        if review.recommendations.isEmpty {
            blocks.append(.paragraph("No recommendations are recorded."))
        } else {
            let pending = review.recommendations.filter { $0.outcome == .pending }.count
            blocks.append(.paragraph(pending == 0 ? "Every recommendation has an outcome."
                : "\(pending) of \(review.recommendations.count) recommendations still pending."))
            blocks.append(.table(recommendationsTable(review)))
        }
        blocks.append(.heading("Open actions", level: 2))
        let open = review.actions.filter(\.isOpen)
        if open.isEmpty {
            blocks.append(.paragraph("No open actions."))
        } else {
            let overdue = review.overdueActions.count
            let closed = review.actions.count - open.count
            var sentence = "\(open.count) open, \(overdue) overdue"
            if closed > 0 { sentence += "; \(closed) done or cancelled, not listed" }
            blocks.append(.paragraph(sentence + "."))
            blocks.append(.table(actionsTable(review, openOnly: true)))
        }
        return blocks
    }
}
