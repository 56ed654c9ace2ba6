import Foundation
import ReviewModel

/// The appraisal's scoring worked out once per change of the appraisal: the pane reads the
/// totals, ranks and robustness every frame, and they compare every option with every other.
struct AppraisalFigures: Sendable {
    let scoring: AppraisalScoring
    var isScored: Bool { scoring.isScored }
    /// `scoring.weightedTotal(optionId:)` of each option (none when unscored).
    let totals: [String: Decimal]
    let ranks: [String: Int]
    let sensitivity: [CriterionSensitivity]

    init(_ appraisal: Appraisal) {
        scoring = AppraisalScoring(appraisal)
        var totals: [String: Decimal] = [:]
        for option in appraisal.options where totals[option.id] == nil {
            if let total = scoring.weightedTotal(optionId: option.id) { totals[option.id] = total }
        }
        self.totals = totals
        ranks = scoring.ranks
        sensitivity = scoring.sensitivity
    }

    func cell(option: String, criterion: String) -> AppraisalCell? { scoring.cell(option: option, criterion: criterion) }
}
