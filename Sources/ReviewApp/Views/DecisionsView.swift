import ReviewModel
import TerminalToolkit

/// Recommendations put to the board with their outcomes, and the action log.
enum DecisionsView {
    /// The recommendations (a heading, then rows), the action log (likewise) and the detail below.
    struct Areas {
        var recommendations: Rect
        var actions: Rect
        var detail: Rect
    }

    static func areas(_ state: AppState, body: Rect) -> Areas {
        let detailHeight = body.height >= 30 ? 4 : 2
        let listsHeight = body.height - detailHeight
        let recHeight = max(3, min(state.review.recommendations.count + 2, listsHeight / 2))
        return Areas(recommendations: Rect(x: body.x, y: body.y, width: body.width, height: recHeight),
                     actions: Rect(x: body.x, y: body.y + recHeight, width: body.width, height: listsHeight - recHeight),
                     detail: Rect(x: body.x, y: body.y + listsHeight, width: body.width, height: detailHeight))
    }

    /// The first recommendation and the first action (a position in the log's order) on screen.
    static func offsets(_ state: AppState, _ areas: Areas) -> (recommendations: Int, actions: Int) {
        (state.decisions.recommendations.scrolledToSelection(visibleRows: areas.recommendations.height - 1,
                                                              count: state.shownRecommendations.count).offset,
         state.decisions.actions.scrolledToSelection(visibleRows: areas.actions.height - 1, count: state.actionOrder.count).offset)
    }

    /// The recommendation or action drawn on screen row `y` (a mouse click).
    static func item(atRow y: Int, _ state: AppState, body: Rect) -> ItemRef? {
        let areas = areas(state, body: body)
        let offsets = offsets(state, areas)
        let recLine = y - areas.recommendations.y - 1
        if recLine >= 0 && recLine < areas.recommendations.height - 1 {
            let position = offsets.recommendations + recLine
            let shown = state.shownRecommendations
            return position < shown.count ? .recommendation(shown[position]) : nil
        }
        let actionLine = y - areas.actions.y - 1
        let order = state.actionOrder
        guard actionLine >= 0, actionLine < areas.actions.height - 1, offsets.actions + actionLine < order.count else { return nil }
        return .action(order[offsets.actions + actionLine])
    }

    static func render(_ state: AppState, in body: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        let review = state.review
        let areas = areas(state, body: body)
        let offsets = offsets(state, areas)
        let recArea = areas.recommendations
        let actionArea = areas.actions
        renderDetail(state, areas.detail, &buffer)
        let onRecs = state.decisions.section == .recommendations
        buffer.write("Recommendations (\(review.recommendations.count))" + (onRecs ? "" : "  ← to select"), in: recArea.row(0),
                     style: onRecs ? theme[.header].adding(.reverse) : theme[.header])
        let wide = body.width >= 120
        let recWidths = ColumnLayout.widths(total: body.width - 2, fixed: [wide ? 16 : 9, nil, wide ? 24 : 13, 11])
        let recRows = recArea.height - 1
        let shownRecs = state.shownRecommendations
        for (line, position) in (offsets.recommendations..<min(shownRecs.count, offsets.recommendations + recRows)).enumerated() {
            let rec = review.recommendations[shownRecs[position]]
            let selected = onRecs && position == state.decisions.recommendations.selected
            let style = selected ? theme[.selected] : Style.plain
            let y = recArea.y + 1 + line
            let row = Rect(x: body.x, y: y, width: body.width, height: 1)
            if selected { buffer.fill(row, style: style) }
            buffer.write(selected ? "▶" : " ", x: body.x, y: y, style: style)
            buffer.write(SinceHandling.mark(state, part: "recommendations", id: rec.id), x: body.x + 1, y: y, style: style, clip: row)
            let outcomeStyle = rec.outcome == .pending ? style.patched(with: theme[.warning]) : style
            let kind = wide || rec.kind != .restateApproval ? rec.kind.label.uppercased() : "RESTATE"
            ColumnLayout.writeRow([(kind, style), (rec.text.singleLine, style),
                                   (rec.outcome.label, outcomeStyle), (rec.decidedOn?.short ?? "", style)],
                                  widths: recWidths, x: body.x + 2, y: y, clip: row, buffer: &buffer)
        }
        if let noRows = state.noRowsText(.recommendations), recRows > 0 {
            buffer.write(noRows, in: recArea.row(1), style: theme[.muted])
        }
        let actions = review.actions
        let open = state.derived.openActionCount
        buffer.write("Actions (\(open) open, \(state.derived.overdueActionCount) overdue)" + (onRecs ? "  → to select" : ""),
                     in: actionArea.row(0), style: onRecs ? theme[.header] : theme[.header].adding(.reverse))
        let widths = ColumnLayout.widths(total: body.width - 2, fixed: [nil, 14, 11, 17, body.width >= 120 ? 30 : 14])
        let rows = actionArea.height - 1
        let order = state.actionOrder
        for (line, i) in (offsets.actions..<min(order.count, offsets.actions + rows)).enumerated() {
            let action = actions[order[i]]
            let selected = !onRecs && i == state.decisions.actions.selected
            let style = selected ? theme[.selected] : Style.plain
            let y = actionArea.y + 1 + line
            let row = Rect(x: body.x, y: y, width: body.width, height: 1)
            if selected { buffer.fill(row, style: style) }
            buffer.write(selected ? "▶" : " ", x: body.x, y: y, style: style)
            buffer.write(SinceHandling.mark(state, part: "actions", id: action.id), x: body.x + 1, y: y, style: style, clip: row)
            let overdue = action.isOverdue(asOf: review.programme.asOf)
            var status = overdue ? "OVERDUE" : action.status.label
            if Derived.isHeldOver(action, asOf: review.programme.asOf) { status = "HELD OVER " + status }
            let link = action.linkedItemId.flatMap { state.derived.title(ofItem: $0, in: review) } ?? ""
            ColumnLayout.writeRow([(action.title.singleLine, style), (action.owner, style),
                                   ((action.carriedForwardTo ?? action.due)?.short ?? "", style),
                                   (status, overdue ? style.patched(with: theme[.overdue]) : style), (link, style)],
                                  widths: widths, x: body.x + 2, y: y, clip: row, buffer: &buffer)
        }
        if let noRows = state.noRowsText(.actions), rows > 0 {
            buffer.write(noRows, in: actionArea.row(1), style: theme[.muted])
        }
        if actions.isEmpty {
            buffer.write("  No actions yet: x on any item records one linked to it.", in: Rect(x: body.x, y: actionArea.y + 1, width: body.width, height: 1),
                         style: theme[.muted])
        }
    }

    /// The selected recommendation's minute, or the selected action's link and notes.
    static func renderDetail(_ state: AppState, _ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty, let item = state.selectedItem else { return }
        let review = state.review
        var text = ""
        switch item {
        case .recommendation(let i):
            let rec = review.recommendations[i]
            text = rec.minute.isEmpty ? "No minute recorded: e to record the outcome, date and minute." : "Minute: " + rec.minute
            let linked = state.derived.actions(linkedTo: rec.id, in: review)
            if !linked.isEmpty { text += "  Actions: " + linked.map(\.title).joined(separator: "; ") }
        case .action(let i):
            let action = review.actions[i]
            let link = action.linkedItemId.flatMap { state.derived.title(ofItem: $0, in: review) }.map { "Linked to \($0). " } ?? ""
            let raised = action.raisedAt.map { "Raised \($0.short). " } ?? ""
            text = link + raised + action.notes
        default:
            return
        }
        TextView(text, style: state.theme[.muted]).render(in: area, buffer: &buffer)
    }
}
