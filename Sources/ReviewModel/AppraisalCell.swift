import Foundation

public struct AppraisalCell: Hashable, Sendable {
    public var optionId: String
    public var criterionId: String
    public var judgement: String
    public var score: Decimal?

    public init(optionId: String, criterionId: String, judgement: String = "", score: Decimal? = nil) {
        self.optionId = optionId
        self.criterionId = criterionId
        self.judgement = judgement
        self.score = score
    }
}
