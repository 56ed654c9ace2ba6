import ReviewModel
import TerminalToolkit

/// Recommendations put to the board with their outcomes, and the action log: each a section
/// title (its counts, and which one has the keyboard) over a `Table` (`DecisionsTables`), with
/// the selected item's minute or notes below.
enum DecisionsView {
    /// Each section's title and table, and the detail below.
    struct Areas {
        var recommendationsTitle: Rect
        var recommendations: Rect
        var actionsTitle: Rect
        var actions: Rect
        var detail: Rect
    }

    static func areas(_ state: AppState, body: Rect) -> Areas {
        // While presenting, the presenting box shows the selected item in full instead.
        let detailHeight = state.presenting != nil ? 0 : body.height >= 30 ? 4 : 2
        let parts = body.splitRows([.fill(min: 1), .fixed(detailHeight)])
        // The recommendations' title, the table's header and rows, and a blank line under them,
        // in at most half of the lists' height; the action log takes the rest.
        let recHeight = max(4, min(max(1, state.shownRecommendations.count) + 3, parts[0].height / 2))
        let sections = parts[0].splitRows([.fixed(recHeight), .fill])
        let recommendations = sections[0].splitRows([.fixed(1), .fill])
        let actions = sections[1].splitRows([.fixed(1), .fill])
        return Areas(recommendationsTitle: recommendations[0], recommendations: recommendations[1],
                     actionsTitle: actions[0], actions: actions[1], detail: parts[1])
    }

    /// The recommendation or action drawn on screen row `y` (a mouse click).
    static func item(atRow y: Int, _ state: AppState, body: Rect) -> ItemRef? {
        let areas = areas(state, body: body)
        if let position = position(atRow: y, DecisionsTables.recommendations(state), state.decisions.recommendations,
                                   in: areas.recommendations) {
            return .recommendation(state.shownRecommendations[position])
        }
        if let position = position(atRow: y, DecisionsTables.actions(state), state.decisions.actions, in: areas.actions) {
            return .action(state.actionOrder[position])
        }
        return nil
    }

    /// The row of a section's table drawn on screen row `y`, scrolled as `render` scrolls it.
    static func position(atRow y: Int, _ table: Table, _ list: ListState, in area: Rect) -> Int? {
        let rows = table.parts(in: area).body
        var tableState = TableState(rows: list)
        table.scroll(&tableState, visibleRows: rows.height)
        let position = tableState.rows.offset + (y - rows.y)
        guard y >= rows.y, y < rows.bottom, position < table.rowCount else { return nil }
        return position
    }

    static func render(_ state: AppState, in body: Rect, into buffer: inout Buffer, offsets: inout ScrollOffsets) {
        let theme = state.theme
        let areas = areas(state, body: body)
        let onRecs = state.decisions.section == .recommendations
        buffer.write("Recommendations (\(state.review.recommendations.count))" + (onRecs ? "" : "  ← to select"),
                     in: areas.recommendationsTitle, style: onRecs ? theme[.header].adding(.reverse) : theme[.header])
        let recommendations = DecisionsTables.recommendations(state)
        offsets.recommendations = renderTable(recommendations, state.decisions.recommendations, focused: onRecs,
                                              in: areas.recommendations, &buffer)
        if let noRows = state.noRowsText(.recommendations) {
            buffer.write(noRows, in: recommendations.parts(in: areas.recommendations).body.row(0), style: theme[.muted])
        }
        buffer.write("Actions (\(state.derived.openActionCount) open, \(state.derived.overdueActionCount) overdue)"
                     + (onRecs ? "  → to select" : ""),
                     in: areas.actionsTitle, style: onRecs ? theme[.header] : theme[.header].adding(.reverse))
        let actions = DecisionsTables.actions(state)
        offsets.actions = renderTable(actions, state.decisions.actions, focused: !onRecs, in: areas.actions, &buffer)
        let actionRows = actions.parts(in: areas.actions).body
        if let noRows = state.noRowsText(.actions) {
            buffer.write(noRows, in: actionRows.row(0), style: theme[.muted])
        } else if state.review.actions.isEmpty {
            buffer.write("  No actions yet: x on any item records one linked to it.", in: actionRows.row(0), style: theme[.muted])
        }
        renderDetail(state, areas.detail, &buffer)
    }

    /// Draws a section's table scrolled so its selection is in view, highlighted only while the
    /// section has the keyboard; returns the offset drawn, for the next frame.
    static func renderTable(_ table: Table, _ list: ListState, focused: Bool, in area: Rect, _ buffer: inout Buffer) -> Int {
        var tableState = TableState(rows: list)
        table.scroll(&tableState, visibleRows: table.parts(in: area).body.height)
        if !focused { tableState.rows.selected = nil }
        table.render(in: area, buffer: &buffer, state: &tableState)
        return tableState.rows.offset
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
