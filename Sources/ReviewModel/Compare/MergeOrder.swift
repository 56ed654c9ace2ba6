/// The order of a merged list, worked out from the ids alone.
///
/// The items neither side moved keep the base's order (the skeleton). Every item a side
/// inserted or moved goes after the item it follows on that side (the nearest skeleton item
/// before it, or the start), together with the other items that side placed there, in that
/// side's order. When both sides placed items at the same spot, the run whose first id
/// sorts first goes first, so the result does not depend on which side is "ours". An item
/// both sides moved to different spots goes to the spot whose anchor id sorts first.
enum MergeOrder {
    static func merge(base: [String], ours: [String], theirs: [String], keep: Set<String>) -> [String] {
        var basePosition: [String: Int] = [:]
        basePosition.reserveCapacity(base.count)
        for (i, id) in base.enumerated() where basePosition[id] == nil { basePosition[id] = i }
        let movedByOurs = moved(ours, basePosition: basePosition)
        let movedByTheirs = moved(theirs, basePosition: basePosition)
        let skeleton = base.filter { keep.contains($0) && !movedByOurs.contains($0) && !movedByTheirs.contains($0) }
        let skeletonSet = Set(skeleton)
        let ourRuns = runs(ours, skeleton: skeletonSet, keep: keep, basePosition: basePosition, moved: movedByOurs)
        let theirRuns = runs(theirs, skeleton: skeletonSet, keep: keep, basePosition: basePosition, moved: movedByTheirs)
        let runsByAnchor = combine(ourRuns, theirRuns)

        var result: [String] = []
        result.reserveCapacity(keep.count)
        result += runsByAnchor[""] ?? []
        for id in skeleton {
            result.append(id)
            result += runsByAnchor[id] ?? []
        }
        if result.count < keep.count {
            // Every kept id is on one side, so each was placed above; this keeps any other safe.
            let placed = Set(result)
            result += (ours + theirs).filter { keep.contains($0) && !placed.contains($0) }.uniqued()
        }
        return result
    }

    /// The ids of base items whose place among the others changed on a side: those outside
    /// one longest run of the side's items that keeps the base's order.
    static func moved(_ side: [String], basePosition: [String: Int]) -> Set<String> {
        let common = side.filter { basePosition[$0] != nil }
        let positions = common.map { basePosition[$0] ?? 0 }
        let kept = LongestIncreasingSubsequence.indexes(positions)
        var moved = Set<String>()
        var next = kept.startIndex
        for (i, id) in common.enumerated() {
            if next < kept.endIndex && kept[next] == i { next += 1 } else { moved.insert(id) }
        }
        return moved
    }

    /// The items a side placed (inserted or moved), grouped by the skeleton id they follow
    /// ("" for the start), in the side's order.
    private static func runs(_ side: [String], skeleton: Set<String>, keep: Set<String>, basePosition: [String: Int],
                             moved: Set<String>) -> [String: [String]] {
        var runs: [String: [String]] = [:]
        var anchor = ""
        for id in side {
            if skeleton.contains(id) {
                anchor = id
            } else if keep.contains(id) && (basePosition[id] == nil || moved.contains(id)) {
                runs[anchor, default: []].append(id)
            }
        }
        return runs
    }

    /// Both sides' runs at each anchor; an id placed by both stays only where its anchor sorts first.
    private static func combine(_ ours: [String: [String]], _ theirs: [String: [String]]) -> [String: [String]] {
        var anchorOf: [String: (ours: String?, theirs: String?)] = [:]
        for (anchor, ids) in ours { for id in ids { anchorOf[id, default: (nil, nil)].ours = anchor } }
        for (anchor, ids) in theirs { for id in ids { anchorOf[id, default: (nil, nil)].theirs = anchor } }
        func keeps(_ id: String, at anchor: String, isOurs: Bool) -> Bool {
            guard let both = anchorOf[id], let a = both.ours, let b = both.theirs else { return true }
            if a != b { return anchor == min(a, b) }
            // The same anchor on both sides: the id goes in the run that comes first.
            return true
        }
        var result: [String: [String]] = [:]
        for anchor in Set(ours.keys).union(theirs.keys) {
            let mine = (ours[anchor] ?? []).filter { keeps($0, at: anchor, isOurs: true) }
            let other = (theirs[anchor] ?? []).filter { keeps($0, at: anchor, isOurs: false) }
            let (first, second) = mine.lexicographicallyPrecedes(other) ? (mine, other) : (other, mine)
            let placed = Set(first)
            result[anchor] = first + second.filter { !placed.contains($0) }
        }
        return result
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
