import ReviewModel
import TerminalToolkit

/// The timeline as a table: month headings and the as-of line as heading rows, milestones
/// as rows of Date, Milestone, Status and Owner. `Derived` measures the columns' content
/// with `texts(_:)` when the milestones change.
enum TimelineTable {
    /// Measured columns, in the order of `texts(_:)`.
    static let measuredColumns = 4
    /// The status of an overdue milestone, in the words of the Status column.
    static let overdueText = "OVERDUE"

    /// A milestone's texts under Date, Milestone, Status and Owner. The status is the one
    /// in the file; an overdue milestone shows `overdueText` instead, which the Status
    /// column always has room for.
    static func texts(_ milestone: Milestone) -> [String] {
        [dateText(milestone), milestone.title.singleLine, statusText(milestone), milestone.owner.singleLine]
    }

    static func dateText(_ milestone: Milestone) -> String {
        milestone.date.display + (milestone.endDate.map { "–" + $0.display } ?? "")
    }

    static func statusText(_ milestone: Milestone) -> String {
        (milestone.status == .done ? "✓ " : "") + milestone.status.label
    }

    /// The date keeps its whole text when there is room (dates such as "1 April following
    /// the September application (year not stated)" are long): the title competes for spare
    /// width only up to 36 columns and takes what is left after that; the owner is the first
    /// to go on a narrow terminal, and collapses when no milestone has one.
    static func columns(_ widths: [Int]) -> [TableColumn] {
        let width = { (column: Int) in widths.indices.contains(column) ? widths[column] : 0 }
        return [
            TableColumn("Date", minWidth: 11, maxWidth: 64, contentWidth: width(0), priority: 5),
            TableColumn("Milestone", minWidth: 30, maxWidth: 36, contentWidth: width(1), priority: 6, fills: true),
            TableColumn("Status", minWidth: overdueText.count, maxWidth: 16, contentWidth: width(2), priority: 4),
            TableColumn("Owner", minWidth: 5, maxWidth: 24, contentWidth: width(3), priority: 1),
        ]
    }

    /// The rows the table shows: none while a filter matches no milestone (the pane says so instead).
    static func rowCount(_ state: AppState) -> Int {
        state.noRowsText(.milestones) == nil ? state.timelineRows.count : 0
    }

    /// The table's selection (a row of the table, headings included) and the offset last drawn.
    static func tableState(_ state: AppState) -> TableState {
        let milestoneRows = state.timelineMilestoneRows
        let selected = state.timeline.rows.selected.flatMap { milestoneRows.indices.contains($0) ? milestoneRows[$0] : nil }
        return TableState(rows: ListState(selected: selected, offset: state.timeline.offset))
    }

    static func table(_ state: AppState) -> Table {
        let theme = state.theme
        let review = state.review
        let rows = state.timelineRows
        let overdue = state.derived.overdueMilestoneIds
        return Table(columns: columns(state.derived.milestoneColumns.widths), rowCount: rowCount(state), frozenColumns: 0,
                     headerStyle: theme[.header], selectedStyle: theme[.selected], gutterStyle: theme[.muted],
                     marker: "▶ ") { index in
            switch rows[index] {
            case .group(let name):
                return .heading("── \(name)", style: theme[.title])
            case .asOf(let date):
                return .heading("── as of \(date.short) ", style: theme[.warning], rule: "─")
            case .milestone(let milestoneIndex):
                let milestone = review.milestones[milestoneIndex]
                let texts = TimelineTable.texts(milestone)
                let status = overdue.contains(milestone.id) ? TableCell(overdueText, style: theme[.overdue]) : TableCell(texts[2])
                return TableRow([TableCell(texts[0]), TableCell(texts[1]), status, TableCell(texts[3])],
                                mark: SinceHandling.mark(state, part: "milestones", id: milestone.id))
            }
        }
    }
}
