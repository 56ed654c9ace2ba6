import Foundation

/// Weighted totals, ranks and how robust the ranking is to the weights.
public struct AppraisalScoring: Sendable {
    public let appraisal: Appraisal
    /// True when any cell carries a score. Papers that only give judgements get no numbers.
    public let isScored: Bool
    /// The first cell of each (option, criterion), as `Appraisal.cell(option:criterion:)` finds it,
    /// so scores are looked up rather than searched for (the robustness check reads each many times).
    private let firstCell: [CellKey: Int]

    private struct CellKey: Hashable, Sendable {
        var option: String
        var criterion: String
    }

    public init(_ appraisal: Appraisal) {
        self.appraisal = appraisal
        isScored = appraisal.cells.contains { $0.score != nil }
        var firstCell: [CellKey: Int] = [:]
        for (i, cell) in appraisal.cells.enumerated() {
            let key = CellKey(option: cell.optionId, criterion: cell.criterionId)
            if firstCell[key] == nil { firstCell[key] = i }
        }
        self.firstCell = firstCell
    }

    /// `appraisal.cell(option:criterion:)`, looked up.
    public func cell(option optionId: String, criterion criterionId: String) -> AppraisalCell? {
        firstCell[CellKey(option: optionId, criterion: criterionId)].map { appraisal.cells[$0] }
    }

    private func score(_ optionId: String, _ criterionId: String) -> Decimal {
        cell(option: optionId, criterion: criterionId)?.score ?? 0
    }

    /// Sum over criteria of weight x score, with the given weights (criterion id -> weight).
    public func weightedTotal(optionId: String, weights: [String: Decimal]? = nil) -> Decimal? {
        guard isScored else { return nil }
        var total = Decimal(0)
        for criterion in appraisal.criteria {
            let weight = weights?[criterion.id] ?? criterion.effectiveWeight
            total += weight * score(optionId, criterion.id)
        }
        return total
    }

    /// Rank 1 is best; equal totals share a rank. Empty when unscored.
    public var ranks: [String: Int] {
        guard isScored else { return [:] }
        let totals = appraisal.options.map { ($0.id, weightedTotal(optionId: $0.id) ?? 0) }
        var result: [String: Int] = [:]
        for (id, total) in totals {
            result[id] = 1 + totals.filter { $0.1 > total }.count
        }
        return result
    }

    /// The option with the highest weighted total (first in order on a tie).
    public var leader: AppraisalOption? {
        guard isScored else { return nil }
        var best: (AppraisalOption, Decimal)?
        for option in appraisal.options {
            let total = weightedTotal(optionId: option.id) ?? 0
            if best == nil || total > (best?.1 ?? 0) { best = (option, total) }
        }
        return best?.0
    }

    /// For each criterion: how far its weight can rise or fall, all else equal, before the leader changes.
    public var sensitivity: [CriterionSensitivity] {
        guard let leader else { return [] }
        let weights = Dictionary(uniqueKeysWithValues: appraisal.criteria.map { ($0.id, $0.effectiveWeight) })
        let meanWeight = appraisal.criteria.isEmpty ? Decimal(1)
            : weights.values.reduce(0, +) / Decimal(appraisal.criteria.count)
        let leaderTotal = weightedTotal(optionId: leader.id) ?? 0
        return appraisal.criteria.map { criterion in
            let weight = criterion.effectiveWeight
            var rise: (Decimal, String)?
            var fall: (Decimal, String)?
            for option in appraisal.options where option.id != leader.id {
                let margin = leaderTotal - (weightedTotal(optionId: option.id) ?? 0)
                let slope = score(option.id, criterion.id) - score(leader.id, criterion.id)
                if slope > 0 {
                    let change = margin / slope
                    if rise == nil || change < (rise?.0 ?? 0) { rise = (change, option.id) }
                } else if slope < 0 {
                    let change = margin / -slope
                    if change <= weight, fall == nil || change < (fall?.0 ?? 0) { fall = (change, option.id) }
                }
            }
            let threshold = max(weight, meanWeight) * Decimal(2) / 10
            let nearest = [rise?.0, fall?.0].compactMap { $0 }.min()
            return CriterionSensitivity(
                criterionId: criterion.id, weight: weight,
                riseBeforeChange: rise?.0, overtakerOnRise: rise?.1,
                fallBeforeChange: fall?.0, overtakerOnFall: fall?.1,
                isFragile: nearest.map { $0 <= threshold } ?? false)
        }
    }
}
