import Foundation
import ReviewModel
import TerminalToolkit

/// The appraisal matrix as a table: the criteria (frozen) down the left, one column per
/// option headed by its short title (the preferred option starred), scores and short
/// judgements in the cells, the selected cell highlighted, and the weighted totals with the
/// ranks in the totals row when the appraisal is scored. `AppraisalFigures` holds the labels
/// and cell texts (`criterionLabel`, `cellText`) and their widths, made when the appraisal changes.
enum AppraisalTable {
    /// An option column is never narrower than this (unless the screen is).
    static let minimumOptionWidth = 12
    /// The label of the totals row of a scored appraisal.
    static let totalsLabel = "Weighted total (rank)"

    static func criterionLabel(_ criterion: Criterion) -> String {
        criterion.title.singleLine + (criterion.weight.map { " (\(DecimalText.canonical($0)))" } ?? "")
    }

    /// A cell's score and judgement on one line, "·" when the paper says nothing.
    static func cellText(_ cell: AppraisalCell?) -> String {
        var text = cell?.judgement.singleLine ?? "·"
        if let score = cell?.score { text = DecimalText.canonical(score) + " " + text }
        return text
    }

    /// The option's title without a trailing aside in brackets: "Do nothing (no change)" is
    /// "Do nothing".
    static func shortTitle(_ option: AppraisalOption) -> String {
        let title = option.title.singleLine
        guard let bracket = title.range(of: " ("), bracket.lowerBound > title.startIndex else { return title }
        return String(title[..<bracket.lowerBound])
    }

    /// "1. Do nothing", "★ 3. Full merger of the three CCGs".
    static func header(_ index: Int, _ appraisal: Appraisal) -> String {
        let option = appraisal.options[index]
        return (option.id == appraisal.preferredOptionId ? "★ " : "") + "\(index + 1). " + shortTitle(option)
    }

    static func table(_ state: AppState, width: Int) -> Table {
        let theme = state.theme
        let appraisal = state.review.appraisal
        let scoring = state.derived.appraisalFigures(state.review)
        let criterionTitle = "Criterion" + (appraisal.criteria.contains { $0.weight != nil } ? " (weight)" : "")
        let content = max(scoring.criterionWidth, scoring.isScored ? totalsLabel.terminalWidth : 0)
        let criterionWanted = max(content, criterionTitle.terminalWidth)
        // The criteria get the width they need, up to two fifths of the screen, before the options share the rest.
        var columns = [TableColumn(criterionTitle, minWidth: min(criterionWanted, max(16, width * 2 / 5)), maxWidth: 60,
                                   contentWidth: content, priority: 2, keepsWhenEmpty: true)]
        for index in appraisal.options.indices {
            let content = scoring.optionWidths.indices.contains(index) ? scoring.optionWidths[index] : 0
            columns.append(TableColumn(scoring.headers[index], minWidth: minimumOptionWidth, maxWidth: 40, contentWidth: content,
                                       priority: 1, keepsWhenEmpty: true))
        }
        var totals: TableRow?
        if scoring.isScored {
            let ranks = scoring.ranks
            totals = TableRow([TableCell(totalsLabel)] + appraisal.options.enumerated().map { index, option in
                TableCell(scoring.totalTexts[index], style: ranks[option.id] == 1 ? theme[.title] : .plain)
            })
        }
        let selectedRow = state.appraisal.row
        let selectedOption = state.appraisal.column
        return Table(columns: columns, rowCount: appraisal.criteria.count, totals: totals, frozenColumns: 1,
                     headerStyle: theme[.header], selectedStyle: Style(attributes: .bold), gutterStyle: theme[.muted],
                     marker: "▶ ") { row in
            let criterion = appraisal.criteria[row]
            var cells = [TableCell(scoring.criterionLabels[row])]
            cells.reserveCapacity(appraisal.options.count + 1)
            for (index, option) in appraisal.options.enumerated() {
                var text = scoring.cellTexts[index][row]
                if state.since != nil {
                    text = SinceHandling.prefix(SinceHandling.mark(state, part: "cells", id: "\(option.id)/\(criterion.id)")) + text
                }
                cells.append(TableCell(text, style: row == selectedRow && index == selectedOption ? theme[.selected] : .plain))
            }
            return TableRow(cells, mark: rowMark(state, criterion))
        }
    }

    /// A criterion's own mark, or "~" when a judgement in its row changed.
    static func rowMark(_ state: AppState, _ criterion: Criterion) -> String {
        guard state.since != nil else { return "" }
        let own = SinceHandling.mark(state, part: "criteria", id: criterion.id)
        if !own.isEmpty { return own }
        let changed = state.review.appraisal.options.contains {
            !SinceHandling.mark(state, part: "cells", id: "\($0.id)/\(criterion.id)").isEmpty
        }
        return changed ? "~" : ""
    }

    /// The table's selection and scroll as they are drawn in `area`: the selected cell in view.
    static func tableState(_ state: AppState, _ table: Table, in area: Rect) -> TableState {
        var tableState = unscrolledState(state)
        table.scroll(&tableState, in: area)
        return tableState
    }

    /// The selection and the offsets last drawn, before the table scrolls them.
    static func unscrolledState(_ state: AppState) -> TableState {
        TableState(rows: ListState(selected: state.appraisal.row, offset: state.appraisal.rowOffset),
                   columnOffset: state.appraisal.columnOffset, selectedColumn: state.appraisal.column + 1)
    }
}
