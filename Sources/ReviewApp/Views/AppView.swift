import ReviewModel
import TerminalToolkit

/// Draws the whole screen from the state: header, tabs, the pane, overlays, status and F-keys.
public enum AppView {
    /// Draws the screen; returns the scroll offsets the lists worked out (see `ScrollOffsets`).
    @discardableResult
    public static func render(_ state: AppState, into buffer: inout Buffer) -> ScrollOffsets {
        var offsets = ScrollOffsets()
        let size = buffer.size
        if Geometry.isTooSmall(size) {
            renderTooSmall(size, into: &buffer)
            return offsets
        }
        renderHeader(state, into: &buffer)
        tabsBar(state).render(in: tabsArea(size), buffer: &buffer)
        let body = Geometry.body(size, presenting: state.presenting != nil)
        switch state.pane {
        case .overview: OverviewView.render(state, in: body, into: &buffer)
        case .timeline: TimelineView.render(state, in: body, into: &buffer, offsets: &offsets)
        case .tests: TestsView.render(state, in: body, into: &buffer, offsets: &offsets)
        case .appraisal: AppraisalView.render(state, in: body, into: &buffer, offsets: &offsets)
        case .budgets: BudgetsView.render(state, in: body, into: &buffer, offsets: &offsets)
        case .decisions: DecisionsView.render(state, in: body, into: &buffer, offsets: &offsets)
        }
        // Search hits on screen are marked (reverse switched, underlined) while a search is on.
        if !state.search.query.isEmpty { buffer.highlightMatches(of: state.search.query, in: body) }
        if state.presenting != nil { PresentingDetail.render(state, into: &buffer) }
        renderStatus(state, into: &buffer)
        if state.presenting == nil { renderFunctionKeys(state, into: &buffer) }
        renderOverlay(state, into: &buffer)
        return offsets
    }

    /// The row of pane tabs (a click there shows a pane: `MouseHandling`).
    static let tabsRow = 2

    static func tabsArea(_ size: Size) -> Rect { Rect(x: 0, y: tabsRow, width: size.width, height: 1) }

    static func tabsBar(_ state: AppState) -> TabsBar {
        TabsBar(titles: Pane.allCases.map { "\($0.rawValue) \($0.title)" },
                shortTitles: Pane.allCases.map { "\($0.rawValue) \($0.shortTitle)" }, selected: state.pane.rawValue,
                style: state.theme[.muted], selectedStyle: state.theme[.selected].adding(.bold))
    }

    static func renderTooSmall(_ size: Size, into buffer: inout Buffer) {
        let lines = ["Terminal too small: \(size.width)x\(size.height)",
                     "merger-review needs at least \(Geometry.minimumSize.width)x\(Geometry.minimumSize.height).",
                     "Enlarge the window, or press q to quit."]
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < size.height {
            buffer.write(line, in: Rect(x: 0, y: top + i, width: size.width, height: 1), style: i == 0 ? .bold : .plain,
                         alignment: .center)
        }
    }

    static func renderHeader(_ state: AppState, into buffer: inout Buffer) {
        let theme = state.theme
        let width = buffer.width
        let programme = state.review.programme
        buffer.fill(Rect(x: 0, y: 0, width: width, height: 1), style: theme[.statusBar])
        let asOf = " as of \(programme.asOf.short) "
        let mode = state.presenting != nil ? " PRESENTING " : ""
        let right = mode + asOf
        buffer.write(" " + programme.name.singleLine, in: Rect(x: 0, y: 0, width: max(0, width - right.terminalWidth), height: 1),
                     style: theme[.statusBar].adding(.bold))
        buffer.write(right, in: Rect(x: max(0, width - right.terminalWidth), y: 0, width: right.terminalWidth, height: 1),
                     style: theme[.statusBar])
        buffer.write(spans: readinessLine(state, width: width), x: 0, y: 1, clip: Rect(x: 0, y: 1, width: width, height: 1))
    }

    /// Readiness, overdue count and the next milestone with its date, fitted to `width` in steps
    /// so the date stays on screen: the gauge goes first, then the distance ("(this month)"),
    /// and the milestone's title gives way with an ellipsis, keeping at least a few letters.
    static func readinessLine(_ state: AppState, width: Int) -> [Span] {
        let theme = state.theme
        let programme = state.review.programme
        let (assured, total) = state.derived.readiness
        let next = state.derived.schedule.nextMilestone.map { state.review.milestones[$0] }
        let minimumTitle = 12
        var fallback: [Span] = []
        for (withGauge, withDistance) in [(true, true), (false, true), (false, false)] {
            var spans = [Span(" Readiness ", style: theme[.title])]
            spans.append(Span((withGauge ? Gauge.text(value: assured, total: total, width: 10) + " " : "") + state.derived.readinessText))
            let overdue = state.derived.overdueMilestoneIds.count
            if overdue > 0 { spans.append(Span("  \(overdue) OVERDUE", style: theme[.overdue])) }
            spans.append(Span("  Next: ", style: theme[.title]))
            let title = spans.count
            guard let next else {
                spans.append(Span(state.derived.nextMilestoneText))
                return spans.fitted(toWidth: width, flexible: title)
            }
            spans.append(Span(next.title.singleLine))
            spans.append(Span(withDistance ? ReviewSummary.milestoneWhen(next, asOf: programme.asOf) : ", " + next.date.display))
            fallback = spans.fitted(toWidth: width, flexible: title)
            let fixed = spans.indices.filter { $0 != title }.map { spans[$0].text.terminalWidth }.reduce(0, +)
            if fixed + min(minimumTitle, spans[title].text.terminalWidth) <= width { return fallback }
        }
        return fallback
    }

    static func renderStatus(_ state: AppState, into buffer: inout Buffer) {
        let theme = state.theme
        let y = buffer.height - (state.presenting != nil ? 1 : 2)
        let row = Rect(x: 0, y: y, width: buffer.width, height: 1)
        if case .prompt(let prompt) = state.mode {
            buffer.fill(row)
            let leaderWidth = buffer.write(prompt.leader, x: 0, y: y, style: .bold)
            // A search says how many hits the typed text has, and which one is selected, as it is
            // typed; a filter, how many rows it leaves.
            var position = ""
            if prompt.kind == .search { position = state.search.positionText }
            if prompt.kind == .filter, let filter = state.document.listFilter {
                position = "\(filter.shownCount) of \(filter.total) \(filter.list.noun)"
            }
            let positionWidth = position.isEmpty ? 0 : min(buffer.width / 2, position.terminalWidth + 2)
            prompt.input.render(in: Rect(x: leaderWidth, y: y, width: buffer.width - leaderWidth - positionWidth, height: 1),
                                buffer: &buffer, style: .plain)
            if positionWidth > 0 {
                buffer.write(position, in: Rect(x: buffer.width - positionWidth, y: y, width: positionWidth, height: 1),
                             style: theme[.muted], alignment: .right)
            }
            return
        }
        var left = [fileName(state.session.filePath)]
        if state.isModified { left[0] += " [+]" }
        if state.session.readOnlyReason != nil { left[0] += " [read-only]" }
        // A filter hides rows: the status line says so first, and how to clear it, whatever else it shows.
        if let filter = state.document.listFilter { left.insert(filter.statusText, at: 0) }
        var right: [String] = []
        if state.presenting != nil {
            left.append(KeyTable.presentingHint(in: state.pane))
        } else if let message = state.message {
            left.append(message.text)
            // A message cut short says where to read all of it.
            if (" " + left.joined(separator: " │ ")).terminalWidth > buffer.width { right = [KeyTable.wholeMessageHint(in: state.pane)] }
        } else {
            if !state.openingWarnings.isEmpty { left.append(KeyTable.warningsHint(count: state.openingWarnings.count, in: state.pane)) }
            left.append(contentsOf: KeyTable.hints(for: state.pane, editable: !state.isReadOnly))
        }
        let style = state.message?.isError == true ? theme[.error] : theme[.statusBar]
        StatusBar(left: left, right: right, style: style, separator: " │ ").render(in: row, buffer: &buffer)
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The F-key bar, from the key table (`KeyTable.functionKeyBar`); `FunctionKeyBar` keeps
    /// every label whole and gives way in steps on narrow screens.
    static func renderFunctionKeys(_ state: AppState, into buffer: inout Buffer) {
        functionKeyBar(state).render(in: functionKeysArea(buffer.size), buffer: &buffer)
    }

    static func functionKeyBar(_ state: AppState) -> FunctionKeyBar {
        FunctionKeyBar(entries: KeyTable.functionKeyBar, keyStyle: .bold, labelStyle: state.theme[.keyHint])
    }

    /// The last line (a click on a key there runs it: `MouseHandling`).
    static func functionKeysArea(_ size: Size) -> Rect { Rect(x: 0, y: size.height - 1, width: size.width, height: 1) }

    /// The help over the screen, its search's matches marked, and on the last line the search
    /// being typed or the one kept (with `n`/`N`), or the way to start one.
    static func renderHelp(_ help: HelpState, _ state: AppState, into buffer: inout Buffer) {
        let theme = state.theme
        let area = HelpHandling.area(buffer.size)
        var overlay = HelpHandling.overlay(state)
        overlay.sectionStyle = theme[.header]
        overlay.render(in: area, buffer: &buffer, scrollOffset: min(help.scroll, overlay.maxScrollOffset(in: area)))
        if !help.query.isEmpty { buffer.highlightMatches(of: help.query, in: overlay.frame(in: area).inset(by: 1)) }
        let y = buffer.height - 1
        let line = Rect(x: 0, y: y, width: buffer.width, height: 1)
        buffer.fill(line)
        let position = help.positionText(overlay.lines(matching: help.query))
        let positionWidth = position.isEmpty ? 0 : min(buffer.width / 2, position.terminalWidth + 2)
        if let input = help.input {
            buffer.write("/", x: 0, y: y, style: .bold)
            input.render(in: Rect(x: 1, y: y, width: buffer.width - 1 - positionWidth, height: 1), buffer: &buffer, style: .plain)
        } else if let message = state.message {
            buffer.write(message.text, in: Rect(x: 0, y: y, width: buffer.width - positionWidth, height: 1),
                         style: message.isError ? theme[.error] : .plain)
        } else {
            let keys = help.query.isEmpty ? "/ searches the help" : "/\(help.query) · n/N next/previous match · / searches again"
            buffer.write(keys, in: Rect(x: 0, y: y, width: buffer.width - positionWidth, height: 1), style: theme[.muted])
        }
        if positionWidth > 0 {
            buffer.write(position, in: Rect(x: buffer.width - positionWidth, y: y, width: positionWidth, height: 1),
                         style: theme[.muted], alignment: .right)
        }
    }

    static func renderOverlay(_ state: AppState, into buffer: inout Buffer) {
        let theme = state.theme
        let area = Rect(x: 0, y: 0, width: buffer.width, height: buffer.height - 1)
        switch state.mode {
        case .help(let help):
            renderHelp(help, state, into: &buffer)
        case .confirmQuit(let dialog), .confirmOverwrite(let dialog, _), .confirmRecovery(let dialog, _), .confirmTakeOver(let dialog):
            dialog.render(in: area, buffer: &buffer, style: .plain, selectedStyle: theme[.selected])
        case .editing(let editor):
            EditorView.render(editor, state, in: area, into: &buffer)
        case .confirmDiscard(let dialog, let editor):
            EditorView.render(editor, state, in: area, into: &buffer)
            dialog.render(in: area, buffer: &buffer, style: .plain, selectedStyle: theme[.selected])
        case .history(let scroll):
            HistoryView.render(state, scroll: scroll, in: area, into: &buffer)
        case .reading(let reader):
            ReaderView.render(reader, state, into: &buffer)
            if !state.search.query.isEmpty { buffer.highlightMatches(of: state.search.query, in: ReaderView.areas(state.size).text) }
        case .conflicts(let selected):
            ConflictsView.render(state, selected: selected, in: area, into: &buffer)
        case .warnings(let list):
            WarningsView.render(list, state, into: &buffer)
        case .messages(let scroll):
            MessagesView.render(state, scroll: scroll, into: &buffer)
        case .normal, .prompt:
            break
        }
    }
}
