import ReviewModel
import TerminalToolkit

/// The decisions pane's two tables: the recommendations (kind, text, outcome, decided) and
/// the action log (title, owner, due, status, linked item by name). `Derived` measures the
/// action log's content with `actionTexts` when the actions or the as-of date change; the
/// recommendations, a short list, are measured from the rows on screen. A table with no rows
/// shows no header, so the line saying why sits under the section's title.
enum DecisionsTables {
    /// Measured columns of the action log, in the order of `actionTexts`.
    static let measuredActionColumns = 5
    static let overdueText = "OVERDUE"

    /// An action's texts under Action, Owner, Due, Status and Linked. `linkName` names the
    /// item it is linked to.
    static func actionTexts(_ action: Action, asOf: CalendarDate, linkName: (String) -> String?) -> [String] {
        [action.title.singleLine, action.owner.singleLine, ((action.carriedForwardTo ?? action.due)?.short ?? ""),
         actionStatusText(action, asOf: asOf), action.linkedItemId.flatMap(linkName)?.singleLine ?? ""]
    }

    /// "OVERDUE", or the status; "HELD OVER " before it for an action held over from an earlier meeting.
    static func actionStatusText(_ action: Action, asOf: CalendarDate) -> String {
        let status = action.isOverdue(asOf: asOf) ? overdueText : action.status.label
        return Derived.isHeldOver(action, asOf: asOf) ? "HELD OVER " + status : status
    }

    /// The title takes what is spare; the linked item and the owner go first on a narrow
    /// terminal; a column no action fills (often Due) collapses.
    static func actionColumns(_ widths: [Int]) -> [TableColumn] {
        let width = { (column: Int) in widths.indices.contains(column) ? widths[column] : 0 }
        return [
            TableColumn("Action", minWidth: 30, maxWidth: 400, contentWidth: width(0), priority: 6, fills: true),
            TableColumn("Owner", minWidth: 5, maxWidth: 30, contentWidth: width(1), priority: 2),
            TableColumn("Due", minWidth: 6, maxWidth: 12, contentWidth: width(2), priority: 4),
            TableColumn("Status", minWidth: overdueText.count, maxWidth: 26, contentWidth: width(3), priority: 5),
            TableColumn("Linked", minWidth: 8, maxWidth: 48, contentWidth: width(4), priority: 1),
        ]
    }

    /// The text takes what is spare; a column no recommendation on screen fills (often
    /// Decided) collapses.
    static let recommendationColumns = [
        TableColumn("Kind", minWidth: 4, maxWidth: 16, priority: 4),
        TableColumn("Recommendation", minWidth: 20, maxWidth: 400, priority: 6, fills: true),
        TableColumn("Outcome", minWidth: 7, maxWidth: 24, priority: 5),
        TableColumn("Decided", minWidth: 6, maxWidth: 12, priority: 3),
    ]

    static func recommendations(_ state: AppState) -> Table {
        let theme = state.theme
        let recommendations = state.review.recommendations
        let shown = state.shownRecommendations
        return Table(columns: recommendationColumns, rowCount: shown.count, frozenColumns: 0, showsHeader: !shown.isEmpty,
                     headerStyle: theme[.header], selectedStyle: theme[.selected], gutterStyle: theme[.muted],
                     marker: "▶ ") { position in
            let rec = recommendations[shown[position]]
            let outcome = TableCell(rec.outcome.label, style: rec.outcome == .pending ? theme[.warning] : .plain)
            return TableRow([TableCell(rec.kind.label.uppercased()), TableCell(rec.text.singleLine), outcome,
                             TableCell(rec.decidedOn?.short ?? "")],
                            mark: SinceHandling.mark(state, part: "recommendations", id: rec.id))
        }
    }

    static func actions(_ state: AppState) -> Table {
        let theme = state.theme
        let review = state.review
        let order = state.actionOrder
        let asOf = review.programme.asOf
        let derived = state.derived
        return Table(columns: actionColumns(derived.actionColumns.widths), rowCount: order.count, frozenColumns: 0,
                     showsHeader: !order.isEmpty, headerStyle: theme[.header], selectedStyle: theme[.selected], gutterStyle: theme[.muted],
                     marker: "▶ ") { position in
            let action = review.actions[order[position]]
            let texts = actionTexts(action, asOf: asOf) { derived.title(ofItem: $0, in: review) }
            let status = TableCell(texts[3], style: action.isOverdue(asOf: asOf) ? theme[.overdue] : .plain)
            return TableRow([TableCell(texts[0]), TableCell(texts[1]), TableCell(texts[2]), status, TableCell(texts[4])],
                            mark: SinceHandling.mark(state, part: "actions", id: action.id))
        }
    }
}
