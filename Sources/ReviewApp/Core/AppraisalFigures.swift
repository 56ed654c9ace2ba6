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
    /// The widest criterion label (`AppraisalTable.criterionLabel`), and the widest cell text
    /// of each option's column (`AppraisalTable.cellText`): the matrix's content widths.
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
        criterionWidth = TableColumn.widest(appraisal.criteria.map(AppraisalTable.criterionLabel))
        let scoring = scoring
        optionWidths = appraisal.options.map { option in
            TableColumn.widest(appraisal.criteria.map { AppraisalTable.cellText(scoring.cell(option: option.id, criterion: $0.id)) })
        }
    }

    func cell(option: String, criterion: String) -> AppraisalCell? { scoring.cell(option: option, criterion: criterion) }
}
