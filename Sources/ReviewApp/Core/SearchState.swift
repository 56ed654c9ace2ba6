import ReviewModel

/// The last search: what was asked, the hits in screen order (`ReviewSearch`), which one is
/// selected, and whether reaching it went round the end of the list.
public struct SearchState: Hashable, Sendable {
    public var query = ""
    public var hits: [ItemRef] = []
    public var current: Int?
    /// The last move to a hit went past the last hit to the first (or back past the first).
    public var wrapped = false

    /// "3 of 9" (with "search wrapped" after a wrap), "no match", or "" before a search.
    public var positionText: String {
        guard !query.isEmpty else { return "" }
        guard !hits.isEmpty else { return "no match" }
        let position = current.map { "\($0 + 1) of \(hits.count)" } ?? "\(hits.count) hits"
        return wrapped ? position + " · search wrapped" : position
    }
}
