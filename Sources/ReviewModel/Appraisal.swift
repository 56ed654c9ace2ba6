import Foundation

/// The options appraisal: options judged against criteria, optionally scored and weighted.
public struct Appraisal: Hashable, Sendable {
    /// Alternatives (ranked, one preferred) or a package of proposals adopted together.
    public var kind: AppraisalKind
    public var scale: ScoreScale?
    public var criteria: [Criterion]
    public var options: [AppraisalOption]
    public var cells: [AppraisalCell]
    public var preferredOptionId: String?
    public var recommendation: String

    public init(kind: AppraisalKind = .alternatives, scale: ScoreScale? = nil, criteria: [Criterion] = [], options: [AppraisalOption] = [],
                cells: [AppraisalCell] = [], preferredOptionId: String? = nil, recommendation: String = "") {
        self.kind = kind
        self.scale = scale
        self.criteria = criteria
        self.options = options
        self.cells = cells
        self.preferredOptionId = preferredOptionId
        self.recommendation = recommendation
    }

    public func cell(option optionId: String, criterion criterionId: String) -> AppraisalCell? {
        cells.first { $0.optionId == optionId && $0.criterionId == criterionId }
    }
}
