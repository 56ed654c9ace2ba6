/// The names people read for the ids a review uses (organisations, places, milestones,
/// merger tests, criteria, options, recommendations, actions), looked up in the later review
/// first, then the earlier one.
public struct ReviewNames: Sendable {
    private let reviews: [(review: Review, index: ItemIndex)]

    public init(_ reviews: Review...) {
        self.reviews = reviews.map { ($0, ItemIndex($0)) }
    }

    /// The name of `id`, on one line; the id itself when no review has an item with it.
    public func name(of id: String) -> String {
        for entry in reviews {
            if let name = entry.index.name(ofItem: id, in: entry.review) { return ReviewNames.oneLine(name) }
        }
        return id
    }

    /// The first line of a text, for naming an item on one line.
    public static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
    }
}
