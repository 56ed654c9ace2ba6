import Foundation
import ReviewGenerator
import ReviewModel
import XCTest

/// Three-way merge over generated reviews with random edit scripts on the two sides.
final class ReviewMergePropertyTests: XCTestCase {
    private let base = ReviewGenerator.generate(items: 400, seed: 16)

    func testMergingScriptsThatDoNotOverlapEqualsApplyingBoth() {
        for seed in 1...60 {
            var scripts = EditScripts(random: SeededRandom(seed: UInt64(seed)), base: base)
            var (ourEdits, theirEdits) = scripts.disjoint(editsPerSide: 12, moves: false)
            // Different fields of the same items on the two sides.
            let claimed = Set((ourEdits + theirEdits).flatMap { [$0.target, $0.anchor].compactMap { $0 } })
            var random = SeededRandom(seed: UInt64(3_000 + seed))
            var used = Set<String>()
            for n in 0..<3 {
                let list = random.pick(EditList.allCases)
                let free = list.ids(base).filter { !claimed.contains($0) && !used.contains($0) }
                guard let target = free.isEmpty ? nil : random.pick(free) else { continue }
                used.insert(target)
                let field = random.below(list.fieldKeys.count)
                ourEdits.append(.change(list, id: target, field: field, value: 50_000 + n))
                theirEdits.append(.change(list, id: target, field: (field + 1) % list.fieldKeys.count, value: 60_000 + n))
            }
            assertMergeAppliesBoth(ourEdits, theirEdits, seed: seed)
        }
    }

    func testMovesOnOneSideMergeWithTheOtherSidesEdits() {
        for seed in 1...40 {
            var scripts = EditScripts(random: SeededRandom(seed: UInt64(seed)), base: base)
            let (moves, _) = scripts.disjoint(editsPerSide: 6, moves: true)
            let ourMoves = moves.filter { if case .move = $0 { return true } else { return false } }
            // The other side changes fields only, of items the moves leave alone.
            let touched = Set(ourMoves.flatMap { [$0.target, $0.anchor].compactMap { $0 } })
            var random = SeededRandom(seed: UInt64(1_000 + seed))
            let theirEdits: [Edit] = (0..<8).compactMap { _ in
                let list = random.pick(EditList.allCases)
                let free = list.ids(base).filter { !touched.contains($0) }
                guard !free.isEmpty else { return nil }
                return .change(list, id: random.pick(free), field: random.below(list.fieldKeys.count), value: random.below(1_000))
            }
            assertMergeAppliesBoth(ourMoves, theirEdits, seed: seed)
        }
    }

    func testEditsOnOneSideOnlyGiveThatSide() {
        for seed in 1...30 {
            var scripts = EditScripts(random: SeededRandom(seed: UInt64(seed)), base: base)
            let (edits, _) = scripts.disjoint(editsPerSide: 15, moves: true)
            var ours = base
            ours.apply(edits)
            XCTAssertEqual(ReviewMerge.merge(base: base, ours: ours, theirs: base), ours, "seed \(seed)")
            XCTAssertEqual(ReviewMerge.merge(base: base, ours: base, theirs: ours), ours, "seed \(seed)")
        }
    }

    func testOverlappingEditsGiveExactlyTheExpectedConflicts() {
        for seed in 1...60 {
            var random = SeededRandom(seed: UInt64(seed))
            var scripts = EditScripts(random: SeededRandom(seed: UInt64(500 + seed)), base: base)
            var (ourEdits, theirEdits) = scripts.disjoint(editsPerSide: 8, moves: false)
            let claimed = Set((ourEdits + theirEdits).flatMap { [$0.target, $0.anchor].compactMap { $0 } })
            var expected = Set<String>()
            var used = Set<String>()
            for n in 0..<5 {
                let list = random.pick(EditList.allCases)
                let free = list.ids(base).filter { !claimed.contains($0) && !used.contains($0) }
                guard !free.isEmpty else { continue }
                let target = random.pick(free)
                used.insert(target)
                let field = random.below(list.fieldKeys.count)
                switch random.below(4) {
                case 0:
                    // The same field to different values: one conflict on that field.
                    ourEdits.append(.change(list, id: target, field: field, value: 10_000 + n))
                    theirEdits.append(.change(list, id: target, field: field, value: 20_000 + n))
                    if field != 2 || list == .actions || (10_000 + n) % 5 != (20_000 + n) % 5 {
                        expected.insert("\(list.part)|\(target)|\(list.fieldKeys[field])")
                    }
                case 1:
                    // The same field to the same value: no conflict.
                    ourEdits.append(.change(list, id: target, field: field, value: 30_000 + n))
                    theirEdits.append(.change(list, id: target, field: field, value: 30_000 + n))
                case 2:
                    // Removed on one side, changed on the other: one conflict on the whole item.
                    ourEdits.append(.delete(list, id: target))
                    theirEdits.append(.change(list, id: target, field: 0, value: 40_000 + n))
                    expected.insert("\(list.part)|\(target)|")
                default:
                    // Removed on both sides: no conflict.
                    ourEdits.append(.delete(list, id: target))
                    theirEdits.append(.delete(list, id: target))
                }
            }
            var ours = base, theirs = base
            ours.apply(ourEdits)
            theirs.apply(theirEdits)
            let merged = ReviewMerge.merge(base: base, ours: ours, theirs: theirs)
            let found = Set(merged.conflicts.map { "\($0.part)|\($0.itemId)|\($0.field ?? "")" })
            XCTAssertEqual(found, expected, "seed \(seed)")
            XCTAssertEqual(merged.conflicts.count, found.count, "one conflict per field, seed \(seed)")
            assertSymmetric(base: base, ours: ours, theirs: theirs, seed: seed)
        }
    }

    func testMergeIsSymmetricUpToTheNamingOfSides() {
        for seed in 1...40 {
            var scripts = EditScripts(random: SeededRandom(seed: UInt64(900 + seed)), base: base)
            // Scripts that may touch the same items, insert at the same places and move.
            let (a, _) = scripts.disjoint(editsPerSide: 10, moves: true)
            var scriptsB = EditScripts(random: SeededRandom(seed: UInt64(1_900 + seed)), base: base)
            let (b, _) = scriptsB.disjoint(editsPerSide: 10, moves: true)
            var ours = base, theirs = base
            ours.apply(a)
            theirs.apply(b.map(renamingInserts))
            assertSymmetric(base: base, ours: ours, theirs: theirs, seed: seed)
        }
    }

    func testItemsInsertedAtTheSamePlaceOnBothSidesAreOrderedById() {
        let anchor = base.milestones[3].id
        var ours = base, theirs = base
        ours.apply(.insert(.milestones, id: "ms-z", after: anchor))
        theirs.apply(.insert(.milestones, id: "ms-a", after: anchor))
        let ids = ReviewMerge.merge(base: base, ours: ours, theirs: theirs).milestones.map(\.id)
        XCTAssertEqual(Array(ids[3...5]), [anchor, "ms-a", "ms-z"])
        XCTAssertEqual(ReviewMerge.merge(base: base, ours: theirs, theirs: ours).milestones.map(\.id), ids)
    }

    // MARK: Helpers

    /// Inserts on the second side get ids of their own (an id added on both sides is one item).
    private func renamingInserts(_ edit: Edit) -> Edit {
        if case .insert(let list, let id, let after) = edit { return .insert(list, id: "b-" + id, after: after) }
        return edit
    }

    private func assertMergeAppliesBoth(_ ourEdits: [Edit], _ theirEdits: [Edit], seed: Int,
                                        file: StaticString = #filePath, line: UInt = #line) {
        var ours = base, theirs = base, both = base
        ours.apply(ourEdits)
        theirs.apply(theirEdits)
        both.apply(ourEdits)
        both.apply(theirEdits)
        let merged = ReviewMerge.merge(base: base, ours: ours, theirs: theirs)
        XCTAssertEqual(merged.conflicts, [], "seed \(seed)", file: file, line: line)
        for list in EditList.allCases {
            XCTAssertEqual(list.ids(merged), list.ids(both), "\(list) order, seed \(seed)", file: file, line: line)
        }
        assertSame(merged, both, "seed \(seed)", file: file, line: line)
        assertSame(ReviewMerge.merge(base: base, ours: theirs, theirs: ours), both, "sides swapped, seed \(seed)",
                   file: file, line: line)
    }

    /// Swapping the sides swaps each conflict's sides, and once every conflict takes the
    /// same side's value the two merges are the same review.
    private func assertSymmetric(base: Review, ours: Review, theirs: Review, seed: Int,
                                 file: StaticString = #filePath, line: UInt = #line) {
        var forward = ReviewMerge.merge(base: base, ours: ours, theirs: theirs)
        var backward = ReviewMerge.merge(base: base, ours: theirs, theirs: ours)
        XCTAssertEqual(forward.conflicts.map { MergeConflict(part: $0.part, itemId: $0.itemId, field: $0.field, base: $0.base, ours: $0.theirs, theirs: $0.ours) }, backward.conflicts, "seed \(seed)", file: file, line: line)
        while !forward.conflicts.isEmpty { forward.resolveConflict(at: 0, choosing: .theirs) }
        while !backward.conflicts.isEmpty { backward.resolveConflict(at: 0, choosing: .ours) }
        for list in EditList.allCases {
            XCTAssertEqual(list.ids(forward), list.ids(backward), "\(list) order, seed \(seed)", file: file, line: line)
        }
        assertSame(forward, backward, "seed \(seed)", file: file, line: line)
    }

    /// Equal reviews; when not, the message is the comparison of the two (not two whole reviews).
    private func assertSame(_ a: Review, _ b: Review, _ message: String, file: StaticString, line: UInt) {
        guard a != b else { return }
        let differences = ComparisonText.plain(ReviewComparison(from: b, to: a), old: "expected", new: "merged")
        XCTFail("\(message): the merge differs from what was expected:\n\(differences)", file: file, line: line)
    }
}
