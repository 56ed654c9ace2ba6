import ReviewModel
import TerminalToolkit

/// Milestones in date order, grouped by month, with the as-of line, overdue items marked
/// (a `Table`: see `TimelineTable`), the selected milestone's detail under it, and periods
/// (engagement windows) drawn on a month strip.
enum TimelineView {
    /// The table of milestones, the selected one's detail, and the strip of periods.
    struct Areas {
        var list: Rect
        var detail: Rect
        var strip: Rect
    }

    static func areas(_ state: AppState, body: Rect) -> Areas {
        let periodCount = state.derived.periodIndices.count
        // While presenting, the list has the pane: the presenting box shows the selected
        // milestone in full.
        let presenting = state.presenting != nil
        // The strip's two axis rows (years, month initials), then one row per period.
        let stripHeight = periodCount == 0 || presenting ? 0 : min(periodCount, body.height >= 30 ? 8 : body.height >= 16 ? 3 : 2) + 2
        let detailHeight = presenting ? 0 : body.height >= 30 ? 4 : 2
        let parts = body.splitRows([.fill(min: 1), .fixed(detailHeight), .fixed(stripHeight)])
        return Areas(list: parts[0], detail: parts[1], strip: parts[2])
    }

    /// The milestone drawn on screen row `y` (a mouse click), or nil for a heading or no row:
    /// the table scrolled as `render` scrolls it.
    static func milestone(atRow y: Int, _ state: AppState, body: Rect) -> ItemRef? {
        let table = TimelineTable.table(state)
        let rows = table.parts(in: areas(state, body: body).list).body
        var tableState = TimelineTable.tableState(state)
        table.scroll(&tableState, visibleRows: rows.height)
        let row = tableState.rows.offset + (y - rows.y)
        guard y >= rows.y, y < rows.bottom, row < table.rowCount, case .milestone(let index) = state.timelineRows[row] else {
            return nil
        }
        return .milestone(index)
    }

    static func render(_ state: AppState, in body: Rect, into buffer: inout Buffer, offsets: inout ScrollOffsets) {
        let areas = areas(state, body: body)
        let table = TimelineTable.table(state)
        var tableState = TimelineTable.tableState(state)
        table.render(in: areas.list, buffer: &buffer, state: &tableState)
        offsets.timeline = tableState.rows.offset
        let rows = table.parts(in: areas.list).body
        if let noRows = state.noRowsText(.milestones), !rows.isEmpty {
            buffer.write(noRows, in: rows.row(0), style: state.theme[.muted])
        }
        renderDetail(state, areas.detail, &buffer)
        renderStrip(state, areas.strip, &buffer)
    }

    /// The selected milestone: its title, then what it waits for (by title), how far off it
    /// is and its actions, then its notes.
    static func renderDetail(_ state: AppState, _ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty, let index = state.selectedMilestoneIndex else { return }
        let theme = state.theme
        let milestone = state.review.milestones[index]
        buffer.write(milestone.title.singleLine, in: area.row(0), style: theme[.title])
        let facts = detailFacts(state, milestone)
        let factsHeight = facts.isEmpty ? 0 : 1
        if !facts.isEmpty && area.height > 1 { buffer.write(facts, in: area.row(1)) }
        let notes = TextView(milestone.notes.isEmpty ? "No notes." : milestone.notes, style: theme[.muted])
        notes.render(in: Rect(x: area.x, y: area.y + 1 + factsHeight, width: area.width, height: max(0, area.height - 1 - factsHeight)),
                     buffer: &buffer)
    }

    /// "After: Stakeholder engagement events · this month · 2 actions"; empty when there is nothing to say.
    static func detailFacts(_ state: AppState, _ milestone: Milestone) -> String {
        var facts: [String] = []
        if !milestone.dependsOn.isEmpty {
            let names = milestone.dependsOn.map { id in
                state.derived.milestoneIndex(id: id).map { state.review.milestones[$0].title.singleLine } ?? "an unknown milestone"
            }
            facts.append("After: " + names.joined(separator: "; "))
        }
        if !milestone.isClosed {
            // A day count only at day precision; coarser dates say "this month", "in 2019/20".
            facts.append(milestone.date.distanceText(asOf: state.review.programme.asOf))
        }
        let linked = state.derived.actions(linkedTo: milestone.id, in: state.review)
        if !linked.isEmpty { facts.append("\(linked.count) action\(linked.count == 1 ? "" : "s")") }
        return facts.joined(separator: " · ")
    }

    /// One column per month from the first period's start to the last one's end, under two
    /// axis rows: the year at each January (and at the start when there is room before it),
    /// and each month's initial.
    static func renderStrip(_ state: AppState, _ area: Rect, _ buffer: inout Buffer) {
        let indices = state.derived.periodIndices
        guard area.height > 2, !indices.isEmpty, let months = state.derived.periodMonths else { return }
        let theme = state.theme
        let periods = indices.prefix(area.height - 2).map { state.review.milestones[$0] }
        func monthNumber(_ date: CalendarDate) -> Int { date.year * 12 + date.month - 1 }
        let start = months.first
        let labelWidth = min(24, area.width / 3)
        let columns = max(1, area.width - labelWidth - 1)
        let end = min(start + columns - 1, max(start, months.lastEnd))
        let asOf = monthNumber(state.review.programme.asOf)
        let axis = Rect(x: area.x + labelWidth + 1, y: area.y, width: area.width - labelWidth - 1, height: 2)
        let axisYears = PeriodAxis.years(from: start, to: end)
        buffer.write(axisYears, x: axis.x, y: axis.y, style: theme[.header], clip: axis)
        buffer.write(PeriodAxis.initials(from: start, to: end), x: axis.x, y: axis.y + 1, style: theme[.header], clip: axis)
        buffer.write("Periods", in: Rect(x: area.x, y: area.y, width: labelWidth, height: 1), style: theme[.header])
        buffer.write("from \(MonthNames.short[start % 12]) \(start / 12)", in: Rect(x: area.x, y: area.y + 1, width: labelWidth, height: 1),
                     style: theme[.muted])
        for (i, period) in periods.enumerated() {
            let y = area.y + 2 + i
            buffer.write(period.title.singleLine, in: Rect(x: area.x, y: y, width: labelWidth, height: 1))
            guard let firstDay = period.date.earliestDay else { continue }
            let from = monthNumber(firstDay)
            let to = period.latestDay.map(monthNumber) ?? from
            var bar = ""
            for month in start...end {
                bar += (month >= from && month <= to) ? "█" : month == asOf ? "│" : "·"
            }
            buffer.write(bar, x: axis.x, y: y, style: theme[.title], clip: area)
        }
    }
}
