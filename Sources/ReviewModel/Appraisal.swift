import Foundation

/// The options appraisal: options judged against criteria, optionally scored and weighted.
public struct Appraisal: Hashable, Sendable {
    public var scale: ScoreScale?
    public var criteria: [Criterion]
    public var options: [AppraisalOption]
    public var cells: [AppraisalCell]
    public var preferredOptionId: String?
    public var recommendation: String

    public init(scale: ScoreScale? = nil, criteria: [Criterion] = [], options: [AppraisalOption] = [],
                cells: [AppraisalCell] = [], preferredOptionId: String? = nil, recommendation: String = "") {
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

    public var preferredOption: AppraisalOption? {
        guard let id = preferredOptionId else { return nil }
        return options.first { $0.id == id }
    }
}

public struct ScoreScale: Hashable, Sendable {
    public var min: Decimal
    public var max: Decimal

    public init(min: Decimal, max: Decimal) {
        self.min = min
        self.max = max
    }

    public func contains(_ value: Decimal) -> Bool { value >= min && value <= max }
}

public struct Criterion: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var description: String
    public var weight: Decimal?

    public init(id: String, title: String, description: String = "", weight: Decimal? = nil) {
        self.id = id
        self.title = title
        self.description = description
        self.weight = weight
    }

    /// A criterion without a weight counts once.
    public var effectiveWeight: Decimal { weight ?? 1 }
}

public struct AppraisalOption: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var description: String
    public var organisationsLeft: Int?
    public var pros: [String]
    public var cons: [String]

    public init(id: String, title: String, description: String = "", organisationsLeft: Int? = nil,
                pros: [String] = [], cons: [String] = []) {
        self.id = id
        self.title = title
        self.description = description
        self.organisationsLeft = organisationsLeft
        self.pros = pros
        self.cons = cons
    }
}

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
