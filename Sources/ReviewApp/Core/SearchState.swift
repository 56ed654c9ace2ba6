import ReviewModel

public struct SearchState: Hashable, Sendable {
    public var query = ""
    public var hits: [ItemRef] = []
    public var current: Int?
}
