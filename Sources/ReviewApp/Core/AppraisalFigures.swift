import Foundation
import ReviewModel
import TerminalToolkit

/// The appraisal's scoring worked out once per change of the appraisal: the pane reads the
/// totals, ranks and robustness every frame, and they compare every option with every other.
struct AppraisalFigures: Sendable {
    let scoring: AppraisalScoring
    var isScored: Bool { scoring.isScored }
    /// `scoring.weightedTotal(optionId:)` of each option (none when unscored).
    let totals: [String: Decimal]
    let ranks: [String: Int]
    let sensitivity: [CriterionSensitivity]
    /// Each criterion's label (`AppraisalTable.criterionLabel`), in the appraisal's order.
    let criterionLabels: [String]
    /// Each cell's text (`AppraisalTable.cellText`), by option then criterion, in the
    /// appraisal's order: the matrix draws these, never formatting a score per frame.
    let cellTexts: [[String]]
    /// Each option's column heading (`AppraisalTable.header`), in the appraisal's order.
    let headers: [String]
    /// Each option's weighted total and rank as the totals row shows them ("7.5 #1"), in the
    /// appraisal's order (empty when unscored).
    let totalTexts: [String]
    /// The widest criterion label, and the widest cell text of each option's column: the
    /// matrix's content widths.
    let criterionWidth: Int
    let optionWidths: [Int]

    init(_ appraisal: Appraisal) {
        scoring = AppraisalScoring(appraisal)
        var totals: [String: Decimal] = [:]
        for option in appraisal.options where totals[option.id] == nil {
            if let total = scoring.weightedTotal(optionId: option.id) { totals[option.id] = total }
        }
        self.totals = totals
        ranks = scoring.ranks
        sensitivity = scoring.sensitivity
        criterionLabels = appraisal.criteria.map(AppraisalTable.criterionLabel)
        criterionWidth = TableColumn.widest(criterionLabels)
        let scoring = scoring
        cellTexts = appraisal.options.map { option in
            appraisal.criteria.map { AppraisalTable.cellText(scoring.cell(option: option.id, criterion: $0.id)) }
        }
        optionWidths = cellTexts.map(TableColumn.widest)
        headers = appraisal.options.indices.map { AppraisalTable.header($0, appraisal) }
        let ranks = ranks
        totalTexts = appraisal.options.map { option in
            (totals[option.id].map { DecimalText.format($0, places: 1) } ?? "") + (ranks[option.id].map { " #\($0)" } ?? "")
        }
    }

    func cell(option: String, criterion: String) -> AppraisalCell? { scoring.cell(option: option, criterion: criterion) }
}
