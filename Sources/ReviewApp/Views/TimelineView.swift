import ReviewModel
import TerminalToolkit

/// Milestones in date order, grouped by month, with the as-of line, overdue items marked,
/// and periods (engagement windows) drawn on a month strip.
enum TimelineView {
    struct Areas {
        var list: Rect
        var detail: Rect
        var strip: Rect
    }

    /// Periods (milestones with an end date) in date order, from the derived figures.
    static func periods(_ state: AppState) -> [Milestone] {
        state.derived.periodIndices.map { state.review.milestones[$0] }
    }

    static func areas(_ state: AppState, body: Rect) -> Areas {
        let periodCount = state.derived.periodIndices.count
        // The strip's two axis rows (years, month initials), then one row per period.
        let stripHeight = periodCount == 0 ? 0 : min(periodCount, body.height >= 30 ? 8 : body.height >= 16 ? 3 : 2) + 2
        let detailHeight = body.height >= 30 ? 4 : 2
        let listHeight = max(1, body.height - stripHeight - detailHeight)
        return Areas(list: Rect(x: body.x, y: body.y, width: body.width, height: listHeight),
                     detail: Rect(x: body.x, y: body.y + listHeight, width: body.width, height: detailHeight),
                     strip: Rect(x: body.x, y: body.y + listHeight + detailHeight, width: body.width, height: stripHeight))
    }

    static func listRows(_ areas: Areas) -> Int { max(0, areas.list.height - 1) }

    static func widths(_ width: Int) -> [Int] {
        ColumnLayout.widths(total: width - 2, fixed: [12, nil, 11, width >= 120 ? 28 : 14])
    }

    /// The first timeline row on screen, as `render` draws from it.
    static func firstRow(_ state: AppState) -> Int {
        min(state.timeline.offset, max(0, state.timelineRows.count - 1))
    }

    /// The milestone drawn on screen row `y` (a mouse click), or nil for a heading or no row.
    static func milestone(atRow y: Int, _ state: AppState, body: Rect) -> ItemRef? {
        let areas = areas(state, body: body)
        let line = y - areas.list.y - 1
        let rows = state.timelineRows
        guard line >= 0, line < listRows(areas), rows.indices.contains(firstRow(state) + line),
              case .milestone(let index) = rows[firstRow(state) + line] else { return nil }
        return .milestone(index)
    }

    static func render(_ state: AppState, in body: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        let review = state.review
        let areas = areas(state, body: body)
        let widths = widths(body.width)
        ColumnLayout.writeRow([("Date", theme[.header]), ("Milestone", theme[.header]), ("Status", theme[.header]),
                               ("Owner", theme[.header])], widths: widths, x: 2, y: areas.list.y, clip: areas.list, buffer: &buffer)
        let rows = state.timelineRows
        let selectedRow = state.timeline.rows.selected.flatMap { state.timelineMilestoneRows.indices.contains($0)
            ? state.timelineMilestoneRows[$0] : nil }
        let visible = listRows(areas)
        let first = firstRow(state)
        for (line, rowIndex) in (first..<min(rows.count, first + visible)).enumerated() {
            let y = areas.list.y + 1 + line
            let rowRect = Rect(x: body.x, y: y, width: body.width, height: 1)
            switch rows[rowIndex] {
            case .group(let name):
                buffer.write("── \(name) ", in: rowRect, style: theme[.title])
            case .asOf(let date):
                let text = "── as of \(date.short) " + String(repeating: "─", count: max(0, body.width))
                buffer.write(text, in: rowRect, style: theme[.warning])
            case .milestone(let index):
                let milestone = review.milestones[index]
                let selected = rowIndex == selectedRow
                let overdue = state.derived.overdueMilestoneIds.contains(milestone.id)
                var date = milestone.date.display
                if let end = milestone.endDate { date += "–" + end.display }
                let status = overdue ? "OVERDUE" : (milestone.status == .done ? "✓ " : "") + milestone.status.label
                let base = selected ? theme[.selected] : Style.plain
                if selected { buffer.fill(rowRect, style: base) }
                buffer.write(selected ? "▶" : " ", x: body.x, y: y, style: base)
                buffer.write(SinceHandling.mark(state, part: "milestones", id: milestone.id), x: body.x + 1, y: y, style: base, clip: rowRect)
                ColumnLayout.writeRow([(date, base), (milestone.title.singleLine, base),
                                       (status, overdue ? base.patched(with: theme[.overdue]) : base),
                                       (milestone.owner, base)],
                                      widths: widths, x: 2, y: y, clip: rowRect, buffer: &buffer)
            }
        }
        if let filter = state.document.listFilter, filter.list == .milestones, filter.shownCount == 0, visible > 0 {
            buffer.write("  No milestone holds \"\(filter.query)\": Esc clears the filter", in: Rect(x: body.x, y: areas.list.y + 1, width: body.width, height: 1),
                         style: theme[.muted])
        }
        if rows.count > first + visible {
            buffer.write("↓ \(rows.count - first - visible) more", in: Rect(x: body.right - 12, y: areas.list.bottom - 1, width: 12, height: 1),
                         style: theme[.muted], alignment: .right)
        }
        renderDetail(state, areas.detail, &buffer)
        renderStrip(state, areas.strip, &buffer)
    }

    static func renderDetail(_ state: AppState, _ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty, let index = state.selectedMilestoneIndex else { return }
        let theme = state.theme
        let milestone = state.review.milestones[index]
        var facts: [String] = []
        if !milestone.dependsOn.isEmpty {
            let names = milestone.dependsOn.map { id in state.derived.milestoneIndex(id: id).map { state.review.milestones[$0].title } ?? id }
            facts.append("After: " + names.joined(separator: "; "))
        }
        if !milestone.isClosed {
            // A day count only at day precision; coarser dates say "this month", "in 2019/20".
            facts.append(milestone.date.distanceText(asOf: state.review.programme.asOf))
        }
        let linked = state.derived.actions(linkedTo: milestone.id, in: state.review)
        if !linked.isEmpty { facts.append("\(linked.count) action\(linked.count == 1 ? "" : "s")") }
        let first = "\(milestone.title.singleLine)" + (facts.isEmpty ? "" : "  (" + facts.joined(separator: ", ") + ")")
        buffer.write(first, in: area.row(0), style: theme[.title])
        let notes = TextView(milestone.notes.isEmpty ? "No notes." : milestone.notes, style: theme[.muted])
        notes.render(in: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1), buffer: &buffer)
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
