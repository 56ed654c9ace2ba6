import Foundation
import XCTest
@testable import ReviewModel

/// Scored appraisals are built here in code: the papers' fixtures carry no invented scores.
final class AppraisalScoringTests: XCTestCase {
    static func scored(qualityWeight: Decimal = 3, costWeight: Decimal = 2) -> Appraisal {
        Appraisal(
            scale: ScoreScale(min: 0, max: 5),
            criteria: [Criterion(id: "quality", title: "Quality", weight: qualityWeight),
                       Criterion(id: "cost", title: "Cost", weight: costWeight)],
            options: [AppraisalOption(id: "a", title: "Do nothing"), AppraisalOption(id: "b", title: "Merge"),
                      AppraisalOption(id: "c", title: "Share")],
            cells: [AppraisalCell(optionId: "a", criterionId: "quality", score: 1),
                    AppraisalCell(optionId: "a", criterionId: "cost", score: 5),
                    AppraisalCell(optionId: "b", criterionId: "quality", score: 5),
                    AppraisalCell(optionId: "b", criterionId: "cost", score: 2),
                    AppraisalCell(optionId: "c", criterionId: "quality", score: 3),
                    AppraisalCell(optionId: "c", criterionId: "cost", score: 3)],
            preferredOptionId: "b")
    }

    func testWeightedTotalsAndRanks() {
        let scoring = AppraisalScoring(Self.scored())
        XCTAssertEqual(scoring.weightedTotal(optionId: "a"), 13) // 3*1 + 2*5
        XCTAssertEqual(scoring.weightedTotal(optionId: "b"), 19) // 3*5 + 2*2
        XCTAssertEqual(scoring.weightedTotal(optionId: "c"), 15) // 3*3 + 2*3
        XCTAssertEqual(scoring.ranks, ["b": 1, "c": 2, "a": 3])
        XCTAssertEqual(scoring.leader?.id, "b")
    }

    func testUnscoredAppraisalHasNoNumbers() {
        var appraisal = Self.scored()
        appraisal.cells = appraisal.cells.map { AppraisalCell(optionId: $0.optionId, criterionId: $0.criterionId, judgement: "text") }
        let scoring = AppraisalScoring(appraisal)
        XCTAssertFalse(scoring.isScored)
        XCTAssertNil(scoring.weightedTotal(optionId: "a"))
        XCTAssertTrue(scoring.ranks.isEmpty)
        XCTAssertTrue(scoring.sensitivity.isEmpty)
    }

    func testSensitivityFindsHowFarEachWeightCanMove() throws {
        let scoring = AppraisalScoring(Self.scored())
        let cost = try XCTUnwrap(scoring.sensitivity.first { $0.criterionId == "cost" })
        // b leads a by 6; each unit of cost weight gains a 3 on b: level at +2 (weight 4).
        XCTAssertEqual(cost.riseBeforeChange, 2)
        XCTAssertEqual(cost.overtakerOnRise, "a")
        XCTAssertNil(cost.fallBeforeChange, "lowering cost only helps b")
        let quality = try XCTUnwrap(scoring.sensitivity.first { $0.criterionId == "quality" })
        // Lowering quality: a gains 4/unit (margin 6 -> 1.5), c gains 2/unit (margin 4 -> 2).
        XCTAssertEqual(quality.fallBeforeChange, Decimal(string: "1.5"))
        XCTAssertEqual(quality.overtakerOnFall, "a")
        XCTAssertNil(quality.riseBeforeChange)
    }

    func testAFragileCriterionIsFlagged() throws {
        XCTAssertFalse(AppraisalScoring(Self.scored()).sensitivity.contains { $0.isFragile },
                       "b leads comfortably with weights 3 and 2")
        // Weights 1 and 1.2: a 7, b 7.4, c 6.6. Raising cost by 0.4/3 lets a draw level.
        let scoring = AppraisalScoring(Self.scored(qualityWeight: 1, costWeight: Decimal(string: "1.2") ?? 0))
        let cost = try XCTUnwrap(scoring.sensitivity.first { $0.criterionId == "cost" })
        let rise = try XCTUnwrap(cost.riseBeforeChange)
        XCTAssertLessThan(abs(rise - Decimal(string: "0.4")! / 3), Decimal(string: "0.000000001")!)
        XCTAssertTrue(cost.isFragile)
    }
}
