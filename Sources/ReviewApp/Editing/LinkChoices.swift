import ReviewModel

/// What a link field picks from: the items that can be linked, by name, and the ids linked now.
/// The picker shows only names; the ids stay out of sight.
public struct LinkChoices: Sendable {
    /// Several may be ticked (depends on, places, organisations), or one is picked (linked to).
    public var allowsSeveral: Bool
    /// The items that can be linked, in the order the picker lists them: id and name.
    public var candidates: @Sendable (Review) -> [(id: String, label: String)]
    /// The ids linked now (for a single link, the id or "" for none).
    public var linked: @Sendable (Review) -> [String]

    public init(allowsSeveral: Bool, candidates: @escaping @Sendable (Review) -> [(id: String, label: String)],
                linked: @escaping @Sendable (Review) -> [String]) {
        self.allowsSeveral = allowsSeveral
        self.candidates = candidates
        self.linked = linked
    }
}
