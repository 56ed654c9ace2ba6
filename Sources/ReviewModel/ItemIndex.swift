/// Where the item with an id lives: one pass over the review, then each look-up by id is direct.
/// Where two items share an id, the first in this order wins: milestones, tests, options,
/// criteria, recommendations, actions, organisations, places.
public struct ItemIndex: Sendable {
    public enum Location: Hashable, Sendable {
        case milestone(Int), test(Int), option(Int), criterion(Int), recommendation(Int), action(Int)
        case organisation(Int), place(Int)
    }

    public private(set) var locations: [String: Location]

    public init(_ review: Review) {
        var locations: [String: Location] = [:]
        locations.reserveCapacity(review.milestones.count + review.mergerTests.count + review.actions.count
                                  + review.recommendations.count + 64)
        func add(_ id: String, _ location: Location) {
            if locations[id] == nil { locations[id] = location }
        }
        for (i, item) in review.milestones.enumerated() { add(item.id, .milestone(i)) }
        for (i, item) in review.mergerTests.enumerated() { add(item.id, .test(i)) }
        for (i, item) in review.appraisal.options.enumerated() { add(item.id, .option(i)) }
        for (i, item) in review.appraisal.criteria.enumerated() { add(item.id, .criterion(i)) }
        for (i, item) in review.recommendations.enumerated() { add(item.id, .recommendation(i)) }
        for (i, item) in review.actions.enumerated() { add(item.id, .action(i)) }
        for (i, item) in review.programme.organisations.enumerated() { add(item.id, .organisation(i)) }
        for (i, item) in review.programme.places.enumerated() { add(item.id, .place(i)) }
        self.locations = locations
    }

    /// A short human name for the item with an id ("Option: Single CCG…"), for showing a link.
    public func title(ofItem id: String, in review: Review) -> String? {
        guard let location = locations[id], let name = name(at: location, in: review) else { return nil }
        switch location {
        case .milestone: return "Milestone: \(name)"
        case .test: return "Test: \(name)"
        case .option: return "Option: \(name)"
        case .criterion: return "Criterion: \(name)"
        case .recommendation: return "Recommendation: \(name)"
        case .action: return "Action: \(name)"
        case .organisation, .place: return name
        }
    }

    /// The item's own name (its title, or an organisation's or place's name), without its kind.
    public func name(ofItem id: String, in review: Review) -> String? {
        locations[id].flatMap { name(at: $0, in: review) }
    }

    private func name(at location: Location, in review: Review) -> String? {
        switch location {
        case .milestone(let i): return review.milestones[i].title
        case .test(let i): return review.mergerTests[i].title
        case .option(let i): return review.appraisal.options[i].title
        case .criterion(let i): return review.appraisal.criteria[i].title
        case .recommendation(let i): return review.recommendations[i].text
        case .action(let i): return review.actions[i].title
        case .organisation(let i): return review.programme.organisations[i].name
        case .place(let i): return review.programme.places[i].name
        }
    }

    /// The ids whose `title(ofItem:in:)` differs between two versions of a review (`oldIndex`
    /// indexes `old`, this index `new`): an item renamed, added, removed, or shadowed by another
    /// with its id. Only the items where the lists differ are looked at (`splice(from:)`).
    public func idsWithChangedTitles(from old: Review, indexedBy oldIndex: ItemIndex, to new: Review) -> Set<String> {
        var candidates: [String] = []
        func changed<List: SplicedList>(_ oldItems: List, _ newItems: List) where List.Element: Identifiable, List.Element.ID == String {
            guard let splice = newItems.splice(from: oldItems) else { return }
            candidates += oldItems[splice.at..<(splice.at + splice.removing)].map(\.id)
            candidates += newItems[splice.at..<(splice.at + splice.inserting)].map(\.id)
        }
        changed(old.milestones, new.milestones)
        changed(old.mergerTests, new.mergerTests)
        changed(old.appraisal.options, new.appraisal.options)
        changed(old.appraisal.criteria, new.appraisal.criteria)
        changed(old.recommendations, new.recommendations)
        changed(old.actions, new.actions)
        changed(old.programme.organisations, new.programme.organisations)
        changed(old.programme.places, new.programme.places)
        return Set(candidates.filter { oldIndex.title(ofItem: $0, in: old) != title(ofItem: $0, in: new) })
    }

    /// True when every indexed kind has the same ids in the same order.
    public static func sameIds(_ old: Review, _ new: Review) -> Bool {
        sameIds(old.milestones, new.milestones) && sameIds(old.mergerTests, new.mergerTests)
            && sameIds(old.appraisal.options, new.appraisal.options) && sameIds(old.appraisal.criteria, new.appraisal.criteria)
            && sameIds(old.recommendations, new.recommendations) && sameIds(old.actions, new.actions)
            && sameIds(old.programme.organisations, new.programme.organisations)
            && sameIds(old.programme.places, new.programme.places)
    }

    private static func sameIds<Item: Identifiable>(_ old: [Item], _ new: [Item]) -> Bool where Item.ID == String {
        if old.sharesStorage(with: new) { return true }
        return old.count == new.count && zip(old, new).allSatisfy { $0.id == $1.id }
    }

    /// Only the chunks an edit copied are compared.
    private static func sameIds<Item: Identifiable>(_ old: ChunkedArray<Item>, _ new: ChunkedArray<Item>) -> Bool where Item.ID == String {
        guard let ranges = new.unsharedRanges(comparedTo: old) else {
            return old.count == new.count && zip(old, new).allSatisfy { $0.id == $1.id }
        }
        return ranges.allSatisfy { range in range.allSatisfy { old[$0].id == new[$0].id } }
    }
}
