import Foundation
import ReviewModel
import TerminalToolkit

/// Options as columns, criteria as rows; scores and short judgements in the cells, the
/// selected cell's full text below; weighted totals, ranks and robustness when scored.
enum AppraisalView {
    static let criterionWidth = 22
    static let minimumOptionWidth = 12

    /// Which options fit, keeping the selected one in view.
    static func visibleOptions(_ state: AppState, width: Int) -> Range<Int> {
        let count = state.review.appraisal.options.count
        let fit = max(1, (width - criterionWidth - 1) / (minimumOptionWidth + 1))
        guard count > fit else { return 0..<count }
        let start = min(max(0, state.appraisal.column - fit + 1), count - fit)
        return start..<(start + fit)
    }

    static func optionLabel(_ index: Int, _ appraisal: Appraisal) -> String {
        let preferred = appraisal.options[index].id == appraisal.preferredOptionId
        return "Option \(index + 1)" + (preferred ? " ★" : "")
    }

    /// Each option's column width when `count` options are shown.
    static func optionWidth(_ body: Rect, count: Int) -> Int {
        max(minimumOptionWidth, (body.width - criterionWidth - 1) / max(1, count) - 1)
    }

    /// The first criterion row on screen.
    static func firstCriterion(_ state: AppState, _ layout: MatrixLayout) -> Int {
        ListState(selected: state.appraisal.row, offset: state.appraisal.rowOffset)
            .scrolledToSelection(visibleRows: layout.visibleCriteria, count: state.review.appraisal.criteria.count).offset
    }

    /// The criterion (its label) or the cell drawn at a cell of the matrix (a mouse click).
    static func item(atX x: Int, y: Int, _ state: AppState, body: Rect) -> ItemRef? {
        let appraisal = state.review.appraisal
        guard !appraisal.options.isEmpty, !state.appraisal.showProsCons else { return nil }
        let layout = MatrixLayout(state, body: body)
        let line = y - body.y - 1
        guard line >= 0, line / layout.rowHeight < layout.visibleCriteria else { return nil }
        let row = firstCriterion(state, layout) + line / layout.rowHeight
        guard row < appraisal.criteria.count else { return nil }
        if x < body.x + criterionWidth { return .criterion(row) }
        let visible = visibleOptions(state, width: body.width)
        let slot = (x - body.x - criterionWidth - 1) / (optionWidth(body, count: visible.count) + 1)
        guard x > body.x + criterionWidth, slot < visible.count else { return nil }
        return .cell(option: visible.lowerBound + slot, criterion: row)
    }

    static func render(_ state: AppState, in body: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        let appraisal = state.review.appraisal
        guard !appraisal.options.isEmpty else {
            buffer.write("No options appraisal in this review. A adds an option.", in: body.row(0), style: theme[.muted])
            return
        }
        if state.appraisal.showProsCons {
            renderProsCons(state, body, &buffer)
            return
        }
        let scoring = state.derived.appraisalFigures(state.review)
        let visible = visibleOptions(state, width: body.width)
        let optionWidth = optionWidth(body, count: visible.count)
        let scoredRows = scoring.isScored ? 2 : 0
        let layout = MatrixLayout(state, body: body)
        let criteriaRows = layout.visibleCriteria
        // Header: options, the preferred one starred.
        buffer.write("Criterion" + (appraisal.criteria.contains { $0.weight != nil } ? " (weight)" : ""),
                     in: Rect(x: body.x, y: body.y, width: criterionWidth, height: 1), style: theme[.header])
        for (slot, option) in visible.enumerated() {
            let x = body.x + criterionWidth + 1 + slot * (optionWidth + 1)
            let selected = option == state.appraisal.column
            buffer.write(SinceHandling.prefix(SinceHandling.mark(state, part: "options", id: appraisal.options[option].id))
                         + optionLabel(option, appraisal), in: Rect(x: x, y: body.y, width: optionWidth, height: 1),
                         style: selected ? theme[.header].adding(.reverse) : theme[.header])
        }
        let firstRow = firstCriterion(state, layout)
        for (line, row) in (firstRow..<min(appraisal.criteria.count, firstRow + criteriaRows)).enumerated() {
            let criterion = appraisal.criteria[row]
            let y = body.y + 1 + line * layout.rowHeight
            let cellMarks = visible.map { SinceHandling.mark(state, part: "cells", id: "\(appraisal.options[$0].id)/\(criterion.id)") }
            // A criterion's own mark, or "~" when a judgement in its row changed.
            let criterionMark = SinceHandling.mark(state, part: "criteria", id: criterion.id)
            let cellChanged = state.since != nil
                && appraisal.options.contains { !SinceHandling.mark(state, part: "cells", id: "\($0.id)/\(criterion.id)").isEmpty }
            let rowMark = !criterionMark.isEmpty ? criterionMark : cellChanged ? "~" : ""
            var label = SinceHandling.prefix(rowMark) + criterion.title.singleLine
            if let weight = criterion.weight { label += " (\(DecimalText.canonical(weight)))" }
            let rowSelected = row == state.appraisal.row
            writeWrapped(label, Rect(x: body.x, y: y, width: criterionWidth, height: layout.rowHeight), rowSelected ? .bold : .plain, &buffer)
            for (slot, option) in visible.enumerated() {
                let x = body.x + criterionWidth + 1 + slot * (optionWidth + 1)
                let cell = scoring.cell(option: appraisal.options[option].id, criterion: criterion.id)
                var text = cell?.judgement.singleLine ?? "·"
                if let score = cell?.score { text = DecimalText.canonical(score) + " " + text }
                text = SinceHandling.prefix(cellMarks[slot]) + text
                let selected = rowSelected && option == state.appraisal.column
                let cellRect = Rect(x: x, y: y, width: optionWidth, height: layout.rowHeight)
                if selected { buffer.fill(cellRect, style: theme[.selected]) }
                writeWrapped(text, cellRect, selected ? theme[.selected] : .plain, &buffer)
            }
        }
        var y = body.y + 1 + min(criteriaRows, appraisal.criteria.count) * layout.rowHeight
        if scoring.isScored {
            let ranks = scoring.ranks
            buffer.write("Weighted total", in: Rect(x: body.x, y: y, width: criterionWidth, height: 1), style: .bold)
            buffer.write("Rank", in: Rect(x: body.x, y: y + 1, width: criterionWidth, height: 1), style: .bold)
            for (slot, option) in visible.enumerated() {
                let x = body.x + criterionWidth + 1 + slot * (optionWidth + 1)
                let id = appraisal.options[option].id
                let total = scoring.totals[id].map { DecimalText.format($0, places: 1) } ?? ""
                buffer.write(total, in: Rect(x: x, y: y, width: optionWidth, height: 1), style: .bold, alignment: .right)
                let rank = ranks[id].map { "#\($0)" } ?? ""
                buffer.write(rank, in: Rect(x: x, y: y + 1, width: optionWidth, height: 1), style: ranks[id] == 1 ? theme[.title] : .plain,
                             alignment: .right)
            }
            y += 2
        }
        if visible.count < appraisal.options.count {
            buffer.write("options \(visible.lowerBound + 1)-\(visible.upperBound) of \(appraisal.options.count) (←/→)",
                         in: Rect(x: body.x, y: y, width: body.width, height: 1), style: theme[.muted], alignment: .right)
        }
        let detailTop = y + 1
        renderDetail(state, scoring, Rect(x: body.x, y: detailTop, width: body.width, height: max(0, body.bottom - detailTop)), &buffer)
        _ = scoredRows
    }

    /// Text wrapped into a cell of several lines, the last line cut with an ellipsis.
    static func writeWrapped(_ text: String, _ area: Rect, _ style: Style, _ buffer: inout Buffer) {
        guard area.height > 1 else {
            buffer.write(text, in: area, style: style)
            return
        }
        let lines = TextView(text).wrappedLines(width: area.width)
        for (i, line) in lines.prefix(area.height).enumerated() {
            let isLastShown = i == area.height - 1 && lines.count > area.height
            buffer.write(isLastShown ? line + " " + lines[(i + 1)...].joined(separator: " ") : line,
                         in: Rect(x: area.x, y: area.y + i, width: area.width, height: 1), style: style)
        }
    }

    static func renderDetail(_ state: AppState, _ scoring: AppraisalFigures, _ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let theme = state.theme
        let appraisal = state.review.appraisal
        var lines: [(String, Style)] = []
        if appraisal.options.indices.contains(state.appraisal.column) {
            let option = appraisal.options[state.appraisal.column]
            let preferred = option.id == appraisal.preferredOptionId ? "★ PREFERRED  " : ""
            let outcome = appraisal.kind == .package && !option.outcome.isEmpty ? "   Outcome: \(option.outcome.singleLine)" : ""
            lines.append(("\(preferred)\(ReviewSummary.optionName(option, number: state.appraisal.column + 1))\(outcome)", theme[.title]))
            if appraisal.criteria.indices.contains(state.appraisal.row) {
                let criterion = appraisal.criteria[state.appraisal.row]
                let cell = scoring.cell(option: option.id, criterion: criterion.id)
                var judgement = "\(criterion.title): " + (cell?.judgement ?? "no judgement recorded")
                if let score = cell?.score { judgement += " (score \(DecimalText.canonical(score)))" }
                for line in TextView(judgement).wrappedLines(width: area.width) { lines.append((line, .plain)) }
            }
        }
        if scoring.isScored {
            for item in scoring.sensitivity where item.isFragile {
                let name = appraisal.criteria.first { $0.id == item.criterionId }?.title ?? item.criterionId
                var text = "FRAGILE: \(name) weight \(DecimalText.canonical(item.weight))"
                if let rise = item.riseBeforeChange { text += ", +\(DecimalText.format(rise, places: 2)) changes the leader" }
                if let fall = item.fallBeforeChange { text += ", -\(DecimalText.format(fall, places: 2)) changes the leader" }
                lines.append((text, theme[.warning]))
            }
            if !scoring.sensitivity.contains(where: \.isFragile) {
                lines.append(("Robust: no criterion's weight can move by 20% and change the leading option.", theme[.muted]))
            }
        } else if appraisal.kind == .package {
            lines.append(("A package: the proposals are adopted together, so none is ranked or preferred. p: pros and cons.", theme[.muted]))
        } else if appraisal.cells.allSatisfy({ $0.judgement.isEmpty }) {
            lines.append(("The paper gives neither judgements nor scores for these options. p: pros and cons.", theme[.muted]))
        } else {
            lines.append(("The paper gives judgements, not scores: no totals are computed. p: pros and cons.", theme[.muted]))
        }
        for (i, line) in lines.prefix(area.height).enumerated() {
            buffer.write(line.0, in: Rect(x: area.x, y: area.y + i, width: area.width, height: 1), style: line.1)
        }
    }

    static func renderProsCons(_ state: AppState, _ body: Rect, _ buffer: inout Buffer) {
        let theme = state.theme
        let appraisal = state.review.appraisal
        let index = min(state.appraisal.column, appraisal.options.count - 1)
        let option = appraisal.options[index]
        var lines: [(String, Style)] = []
        let preferred = option.id == appraisal.preferredOptionId ? "★ PREFERRED  " : ""
        lines.append(("\(preferred)\(ReviewSummary.optionName(option, number: index + 1))   (←/→ other options, p matrix)", theme[.title]))
        if let left = option.organisationsLeft { lines.append(("Leaves \(left) organisation\(left == 1 ? "" : "s")", .bold)) }
        for line in TextView(option.description).wrappedLines(width: body.width) { lines.append((line, .plain)) }
        lines.append(("Pros", theme[.header]))
        for pro in option.pros { for (i, line) in TextView(pro).wrappedLines(width: body.width - 4).enumerated() { lines.append(((i == 0 ? "  + " : "    ") + line, .plain)) } }
        if option.pros.isEmpty { lines.append(("  none stated", theme[.muted])) }
        lines.append(("Cons", theme[.header]))
        for con in option.cons { for (i, line) in TextView(con).wrappedLines(width: body.width - 4).enumerated() { lines.append(((i == 0 ? "  - " : "    ") + line, .plain)) } }
        if option.cons.isEmpty { lines.append(("  none stated", theme[.muted])) }
        if !appraisal.recommendation.isEmpty && option.id == appraisal.preferredOptionId {
            lines.append(("Recommendation", theme[.header]))
            for line in TextView(appraisal.recommendation).wrappedLines(width: body.width) { lines.append((line, .plain)) }
        }
        for (i, line) in lines.prefix(body.height).enumerated() {
            buffer.write(line.0, in: Rect(x: body.x, y: body.y + i, width: body.width, height: 1), style: line.1)
        }
    }
}
