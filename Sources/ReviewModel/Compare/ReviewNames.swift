/// The names people read for the ids a review uses: organisations, places, milestones,
/// merger tests, criteria, options and actions.
public struct ReviewNames: Sendable {
    private var names: [String: String] = [:]

    public init(_ reviews: Review...) {
        for review in reviews.reversed() { add(review) }
    }

    private mutating func add(_ review: Review) {
        for item in review.programme.organisations { names[item.id] = item.name }
        for item in review.programme.places { names[item.id] = item.name }
        for item in review.milestones { names[item.id] = item.title }
        for item in review.mergerTests { names[item.id] = item.title }
        for item in review.appraisal.criteria { names[item.id] = item.title }
        for item in review.appraisal.options { names[item.id] = item.title }
        for item in review.actions { names[item.id] = item.title }
    }

    /// The name of `id`, on one line; the id itself when the review has no item with it.
    public func name(of id: String) -> String {
        guard let name = names[id] else { return id }
        return ReviewNames.oneLine(name)
    }

    /// The first line of a text, for naming an item on one line.
    public static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
    }
}
