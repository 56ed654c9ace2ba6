import Foundation
import ReviewModel
import TerminalToolkit

/// Options as columns, criteria as rows (`AppraisalTable`), a line saying which options are
/// shown when not all fit, then the selected cell's full text and the robustness of the
/// ranking; `p` shows the selected option's pros and cons in a `ScrollBox` instead.
enum AppraisalView {
    /// The table, the line under it (which options are shown) and the detail below.
    static func areas(_ state: AppState, body: Rect) -> (table: Rect, indicator: Rect, detail: Rect) {
        let appraisal = state.review.appraisal
        let scored = state.derived.appraisalFigures(state.review).isScored
        let wanted = appraisal.criteria.count + 1 + (scored ? 1 : 0)
        let detail = body.height >= 30 ? 8 : 5
        let tableHeight = min(wanted, max(3, body.height - 1 - detail))
        let parts = body.splitRows([.fixed(tableHeight), .fixed(1), .fill])
        return (parts[0], parts[1], parts[2])
    }

    /// The criterion (its label) or the cell drawn at a cell of the matrix (a mouse click).
    static func item(atX x: Int, y: Int, _ state: AppState, body: Rect) -> ItemRef? {
        let appraisal = state.review.appraisal
        guard !appraisal.options.isEmpty, !state.appraisal.showProsCons else { return nil }
        let area = areas(state, body: body).table
        let table = AppraisalTable.table(state, width: area.width)
        let tableState = AppraisalTable.tableState(state, table, in: area)
        let parts = table.parts(in: area)
        guard parts.body.contains(Point(x: x, y: y)) else { return nil }
        let row = tableState.rows.offset + (y - parts.body.y)
        guard row < appraisal.criteria.count else { return nil }
        guard x >= parts.cells.x else { return .criterion(row) }
        let placements = table.columnPlacements(width: parts.cells.width, columnOffset: tableState.columnOffset, visibleRows: [])
        // A click in the gap after a column counts as that column.
        guard let column = placements.last(where: { parts.cells.x + $0.x <= x })?.column else { return nil }
        return column == 0 ? .criterion(row) : .cell(option: column - 1, criterion: row)
    }

    static func render(_ state: AppState, in body: Rect, into buffer: inout Buffer, offsets: inout ScrollOffsets) {
        let theme = state.theme
        let appraisal = state.review.appraisal
        guard !appraisal.options.isEmpty else {
            buffer.write("No options appraisal in this review. A adds an option.", in: body.row(0), style: theme[.muted])
            return
        }
        if state.appraisal.showProsCons {
            prosConsBox(state, box: body).render(in: body, buffer: &buffer, scroll: state.appraisal.prosConsScroll)
            return
        }
        let scoring = state.derived.appraisalFigures(state.review)
        let (tableArea, indicatorArea, detailArea) = areas(state, body: body)
        let table = AppraisalTable.table(state, width: tableArea.width)
        // Drawing scrolls the state as `AppraisalTable.tableState` does.
        var tableState = AppraisalTable.unscrolledState(state)
        let shown = table.render(in: tableArea, buffer: &buffer, state: &tableState)
        offsets.appraisalRows = tableState.rows.offset
        offsets.appraisalColumns = tableState.columnOffset
        if shown.count < appraisal.options.count {
            buffer.write("options \(shown.lowerBound + 1)-\(shown.upperBound) of \(appraisal.options.count) (←/→)",
                         in: indicatorArea, style: theme[.muted], alignment: .right)
        }
        // Every line wrapped to the width (only as many as the area can show, so a scored
        // appraisal's many robustness lines cost nothing off screen); when they do not all fit,
        // the last row says so and where the selected cell is read in full.
        var lines: [Span] = []
        for line in detailLines(state, scoring, width: detailArea.width) where lines.count <= detailArea.height {
            lines += TextView(line.text).wrappedLines(width: max(1, detailArea.width)).map { Span($0, style: line.style) }
        }
        let fits = lines.count <= detailArea.height
        let linesShown = fits ? lines.count : max(0, detailArea.height - 1)
        for (i, line) in lines.prefix(linesShown).enumerated() {
            buffer.write(line.text, in: detailArea.row(i), style: line.style)
        }
        if !fits, detailArea.height > 0 {
            let enter = KeyTable.key(for: .read, in: .appraisal)?.displayName ?? "Enter"
            buffer.write("… more below: \(enter) reads the selected cell in full", in: detailArea.row(linesShown), style: theme[.muted])
        }
    }

    static func detailLines(_ state: AppState, _ scoring: AppraisalFigures, width: Int) -> [Span] {
        let theme = state.theme
        let appraisal = state.review.appraisal
        var lines: [Span] = []
        if appraisal.options.indices.contains(state.appraisal.column) {
            let option = appraisal.options[state.appraisal.column]
            let preferred = option.id == appraisal.preferredOptionId ? "★ PREFERRED  " : ""
            let outcome = appraisal.kind == .package && !option.outcome.isEmpty ? "   Outcome: \(option.outcome.singleLine)" : ""
            lines.append(Span("\(preferred)\(ReviewSummary.optionName(option, number: state.appraisal.column + 1))\(outcome)",
                              style: theme[.title]))
            if appraisal.criteria.indices.contains(state.appraisal.row) {
                let criterion = appraisal.criteria[state.appraisal.row]
                let cell = scoring.cell(option: option.id, criterion: criterion.id)
                var judgement = "\(criterion.title): " + (cell?.judgement ?? "no judgement recorded")
                if let score = cell?.score { judgement += " (score \(DecimalText.canonical(score)))" }
                lines += TextView(judgement).wrappedLines(width: width).map { Span($0) }
            }
        }
        if scoring.isScored {
            for item in scoring.sensitivity where item.isFragile {
                lines.append(Span(fragility(item, appraisal), style: theme[.warning]))
            }
            if !scoring.sensitivity.contains(where: \.isFragile) {
                lines.append(Span("Robust: no criterion's weight can move by 20% and change the leading option.", style: theme[.muted]))
            }
        } else if appraisal.kind == .package {
            lines.append(Span("A package: the proposals are adopted together, so none is ranked or preferred. p: pros and cons.",
                              style: theme[.muted]))
        } else if appraisal.cells.allSatisfy({ $0.judgement.isEmpty }) {
            lines.append(Span("The paper gives neither judgements nor scores for these options. p: pros and cons.", style: theme[.muted]))
        } else {
            lines.append(Span("The paper gives judgements, not scores: no totals are computed. p: pros and cons.", style: theme[.muted]))
        }
        return lines
    }

    /// "FRAGILE: Cost weight 3, +0.50 puts 2. Single management ahead, -0.40 puts 1. Do nothing ahead".
    static func fragility(_ item: CriterionSensitivity, _ appraisal: Appraisal) -> String {
        let name = appraisal.criteria.first { $0.id == item.criterionId }?.title ?? item.criterionId
        func option(_ id: String?) -> String {
            guard let index = appraisal.options.firstIndex(where: { $0.id == id }) else { return "another option" }
            return "\(index + 1). \(AppraisalTable.shortTitle(appraisal.options[index]))"
        }
        var text = "FRAGILE: \(name) weight \(DecimalText.canonical(item.weight))"
        if let rise = item.riseBeforeChange { text += ", +\(DecimalText.format(rise, places: 2)) puts \(option(item.overtakerOnRise)) ahead" }
        if let fall = item.fallBeforeChange { text += ", -\(DecimalText.format(fall, places: 2)) puts \(option(item.overtakerOnFall)) ahead" }
        return text
    }

    /// The selected option's pros and cons (and the recommendation, for the preferred option)
    /// in a box over the pane, scrolled like the reader.
    static func prosConsBox(_ state: AppState, box: Rect) -> ScrollBox {
        let theme = state.theme
        let appraisal = state.review.appraisal
        let index = min(max(0, state.appraisal.column), appraisal.options.count - 1)
        let option = appraisal.options[index]
        var texts: [Span] = []
        if let left = option.organisationsLeft { texts.append(Span("Leaves \(left) organisation\(left == 1 ? "" : "s")", style: .bold)) }
        if !option.description.isEmpty { texts.append(Span(option.description)) }
        texts.append(Span("Pros", style: theme[.header]))
        texts += option.pros.isEmpty ? [Span("  none stated", style: theme[.muted])] : option.pros.map { Span("+ " + $0.singleLine) }
        texts.append(Span("Cons", style: theme[.header]))
        texts += option.cons.isEmpty ? [Span("  none stated", style: theme[.muted])] : option.cons.map { Span("- " + $0.singleLine) }
        if !appraisal.recommendation.isEmpty && option.id == appraisal.preferredOptionId {
            texts.append(Span("Recommendation", style: theme[.header]))
            texts.append(Span(appraisal.recommendation.singleLine))
        }
        let preferred = option.id == appraisal.preferredOptionId ? "★ PREFERRED  " : ""
        // A pro's or con's second line is indented under its text.
        let lines = texts.flatMap { text in
            ScrollBox.wrap([text], box: box, hangingIndent: text.text.hasPrefix("+ ") || text.text.hasPrefix("- ") ? 2 : 0)
        }
        return ScrollBox(title: "\(preferred)\(ReviewSummary.optionName(option, number: index + 1))", lines: lines,
                         keys: "↑↓ PgUp PgDn · ←/→ option · p matrix · Enter reads", borderStyle: theme[.border],
                         mutedStyle: theme[.muted])
    }

    /// The largest useful scroll of the pros and cons, and the lines a page moves.
    static func prosConsLimits(_ state: AppState) -> (last: Int, page: Int) {
        guard !state.review.appraisal.options.isEmpty else { return (0, 1) }
        let box = Geometry.body(state.size, presenting: state.presenting != nil)
        let lines = prosConsBox(state, box: box).lines.count
        return (ScrollBox.maxScroll(lineCount: lines, box: box), max(1, ScrollBox.textArea(of: box).height - 1))
    }
}
