import Foundation

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
