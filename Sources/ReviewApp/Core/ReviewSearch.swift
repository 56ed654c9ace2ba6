import ReviewModel

/// Searches every text field of the review, case-insensitively, and lists the hits in the
/// order they appear on screen: pane by pane in tab order, then as each pane shows its items
/// (the timeline by date, a merger test then its evidence, the appraisal's options then its
/// criteria row by row, organisations then places, recommendations then actions in the
/// order the action log shows them); the cover sheet's details come first, on the Overview. A budget line's hit is its organisation's or place's row.
///
/// A field matches when its lowercased text holds the lowercased query (`SearchIndex`).
public enum ReviewSearch {
    /// The hits, and the first of them at or after `origin` (nil when none is).
    public struct Hits: Hashable, Sendable {
        public var hits: [ItemRef]
        public var firstFromOrigin: Int?
    }

    /// The hits for a needle, and where they are in the index (`SearchMatches`). With `previous`
    /// (the matches of a needle this one holds, on this index) only its items are read.
    static func run(_ needle: SearchNeedle, index: SearchIndex, among previous: SearchMatches?, review: Review, derived: Derived,
                    origin: SearchRank) -> (hits: Hits, matches: SearchMatches) {
        guard !needle.isEmpty else { return (Hits(hits: [], firstFromOrigin: nil), SearchMatches(needle: needle)) }
        var found = Found(review)
        let matches = index.forEachMatch(needle, among: previous) { item in
            switch item {
            case .milestone(let i): found.milestones[i] = true
            case .test(let i): found.tests[i] = true
            case .evidence(let test, let j): found.evidence[test, default: []].append(j)
            case .criterion(let i): found.criteria.insert(i)
            case .option(let i): found.options.append(i)
            case .cell(let option, let criterion): found.cells[criterion, default: []].append(option)
            case .organisation(let i): found.organisations[i] = true
            case .place(let i): found.places[i] = true
            case .budgetLine:
                // A line of no organisation or place the review names (the index gives a line its owner's row).
                break
            case .recommendation(let i): found.recommendations[i] = true
            case .action(let i): found.actions[i] = true
            case .paper: found.paper = true
            }
            found.any = true
            found.count += 1
        }
        var result = Hits(hits: [], firstFromOrigin: nil)
        guard found.any else { return (result, matches) }
        result.hits.reserveCapacity(found.count)
        func add(_ item: ItemRef, _ rank: SearchRank) {
            if result.firstFromOrigin == nil && rank >= origin { result.firstFromOrigin = result.hits.count }
            result.hits.append(item)
        }
        if found.paper { add(.paper, SearchRank(Pane.overview.rawValue, 0)) }
        let timeline = Pane.timeline.rawValue, tests = Pane.tests.rawValue, appraisal = Pane.appraisal.rawValue
        let budgets = Pane.budgets.rawValue, decisions = Pane.decisions.rawValue
        if found.milestones.contains(true) {
            let rows = derived.timelineRows
            for (position, row) in derived.timelineMilestoneRows.enumerated() {
                if case .milestone(let i) = rows[row], found.milestones[i] {
                    add(.milestone(i), SearchRank(timeline, position))
                }
            }
        }
        for i in 0..<found.tests.count where found.tests[i] || found.evidence[i] != nil {
            if found.tests[i] { add(.test(i), SearchRank(tests, i, -1)) }
            for j in (found.evidence[i] ?? []).sorted() { add(.evidence(test: i, item: j), SearchRank(tests, i, j)) }
        }
        for o in found.options.sorted() { add(.option(o), SearchRank(appraisal, -1, o)) }
        for r in 0..<review.appraisal.criteria.count where found.criteria.contains(r) || found.cells[r] != nil {
            if found.criteria.contains(r) { add(.criterion(r), SearchRank(appraisal, r, -1)) }
            for o in Set(found.cells[r] ?? []).sorted() { add(.cell(option: o, criterion: r), SearchRank(appraisal, r, o)) }
        }
        for i in found.organisations.indices where found.organisations[i] { add(.organisation(i), SearchRank(budgets, 0, i)) }
        for i in found.places.indices where found.places[i] { add(.place(i), SearchRank(budgets, 1, i)) }
        for i in found.recommendations.indices where found.recommendations[i] { add(.recommendation(i), SearchRank(decisions, 0, i)) }
        if found.actions.contains(true) {
            for (position, i) in derived.actionOrder.enumerated() where found.actions[i] {
                add(.action(i), SearchRank(decisions, 1, position))
            }
        }
        return (result, matches)
    }

    /// Where an item comes in the screen order of `run`.
    static func rank(of item: ItemRef, review: Review, derived: Derived) -> SearchRank {
        let pane = item.pane.rawValue
        switch item {
        case .milestone(let i): return SearchRank(pane, derived.timelinePosition(ofMilestone: i) ?? 0)
        case .test(let i): return SearchRank(pane, i, -1)
        case .evidence(let test, let j): return SearchRank(pane, test, j)
        case .option(let o): return SearchRank(pane, -1, o)
        case .criterion(let r): return SearchRank(pane, r, -1)
        case .cell(let o, let r): return SearchRank(pane, r, o)
        case .organisation(let i): return SearchRank(pane, 0, i)
        case .place(let i): return SearchRank(pane, 1, i)
        case .budgetLine: return SearchRank(pane, 0, 0)
        case .recommendation(let i): return SearchRank(pane, 0, i)
        case .action(let i): return SearchRank(pane, 1, derived.actionOrder.firstIndex(of: i) ?? 0)
        case .paper: return SearchRank(pane, 0)
        }
    }

    /// What matched, by kind, while the index is read (storage order).
    private struct Found {
        var any = false
        /// Matches reported (an upper bound on the hits).
        var count = 0
        var paper = false
        var milestones: [Bool]
        var tests: [Bool]
        var evidence: [Int: [Int]] = [:]
        var criteria: Set<Int> = []
        var options: [Int] = []
        var cells: [Int: [Int]] = [:]
        var organisations: [Bool]
        var places: [Bool]
        var recommendations: [Bool]
        var actions: [Bool]

        init(_ review: Review) {
            milestones = [Bool](repeating: false, count: review.milestones.count)
            tests = [Bool](repeating: false, count: review.mergerTests.count)
            organisations = [Bool](repeating: false, count: review.programme.organisations.count)
            places = [Bool](repeating: false, count: review.programme.places.count)
            recommendations = [Bool](repeating: false, count: review.recommendations.count)
            actions = [Bool](repeating: false, count: review.actions.count)
        }
    }
}
