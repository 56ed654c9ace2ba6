import XCTest
@testable import ReviewModel
import ReviewGenerator

/// `ChunkedArray` against `Array` as the oracle, and the sharing that makes edits cheap.
final class ChunkedArrayTests: XCTestCase {
    /// Thousands of seeded random edits, each checked against the same edit to an `Array`.
    func testBehavesLikeAnArrayUnderRandomEdits() {
        var random = SeededRandom(state: 8)
        var chunked = ChunkedArray(0..<1_000)
        var oracle = Array(0..<1_000)
        var kept: [(ChunkedArray<Int>, [Int])] = []
        for step in 0..<4_000 {
            let n = oracle.count
            switch random.below(9) {
            case 0: chunked.append(step); oracle.append(step)
            case 1:
                let i = random.below(n + 1)
                chunked.insert(step, at: i); oracle.insert(step, at: i)
            case 2 where n > 0:
                let i = random.below(n)
                XCTAssertEqual(chunked.remove(at: i), oracle.remove(at: i))
            case 3 where n > 0:
                let i = random.below(n)
                chunked[i] = -step; oracle[i] = -step
            case 4:
                let lower = random.below(n + 1), upper = lower + random.below(n - lower + 1)
                let new = (0..<random.below(700)).map { step * 1_000 + $0 }
                chunked.replaceSubrange(lower..<upper, with: new); oracle.replaceSubrange(lower..<upper, with: new)
            case 5 where n > 1:
                let i = random.below(n), j = random.below(n)
                chunked.swapAt(i, j); oracle.swapAt(i, j)
            case 6: chunked.removeAll(where: { $0 % 7 == step % 7 }); oracle.removeAll(where: { $0 % 7 == step % 7 })
            case 7: kept.append((chunked, oracle))
            default: chunked.append(contentsOf: [step, step]); oracle.append(contentsOf: [step, step])
            }
            XCTAssertEqual(chunked.count, oracle.count, "step \(step)")
            if step % 97 == 0 { XCTAssertEqual(Array(chunked), oracle, "step \(step)") }
        }
        XCTAssertEqual(Array(chunked), oracle)
        XCTAssertTrue(chunked.indices.allSatisfy { chunked[$0] == oracle[$0] })
        // Copies kept along the way were not changed by later edits to the original.
        for (copy, expected) in kept { XCTAssertEqual(Array(copy), expected) }
    }

    /// The splice from any earlier version to the current one rebuilds the current one, through
    /// chains of element writes (the written elements are all that is compared when the earlier
    /// version holds what the chunk held before them), equal-value writes, swaps and changes of
    /// layout, and from versions on another branch of edits (undo, then edit).
    func testTheSpliceFromAnyEarlierVersionRebuildsTheCurrentOne() {
        var random = SeededRandom(state: 21)
        var current = ChunkedArray(0..<1_200)
        var versions: [ChunkedArray<Int>] = [current]
        for step in 0..<3_000 {
            let n = current.count
            switch random.below(12) {
            case 0: current.append(step)
            case 1 where n > 0: current.remove(at: random.below(n))
            case 2 where n > 1: current.swapAt(random.below(n), random.below(n))
            case 3 where n > 0:
                let i = random.below(n)
                current[i] = current[i]
            case 4: versions.append(current)
            case 5:
                // Back to an earlier version (an undo), to be edited apart from the later ones.
                current = versions[random.below(versions.count)]
            default:
                // Writes clustered in one chunk, as an edit of one item makes them.
                let chunkStart = random.below(max(1, n / 256)) * 256
                for _ in 0..<(1 + random.below(4)) where n > 0 {
                    let i = min(n - 1, chunkStart + random.below(256))
                    current[i] = -step - i
                }
            }
            for old in [versions.last, versions[random.below(versions.count)]].compactMap({ $0 }) {
                guard let splice = current.splice(from: old) else {
                    XCTAssertEqual(Array(current), Array(old), "step \(step): no splice, so equal")
                    continue
                }
                let inserted = current[splice.at..<(splice.at + splice.inserting)]
                XCTAssertEqual(splice.applied(to: old, elements: inserted).map(Array.init), Array(current), "step \(step)")
            }
        }
    }

    func testAWrittenElementIsAllTheSpliceNames() {
        let original = ChunkedArray(0..<100_000)
        var edited = original
        edited[50_000] = -1
        XCTAssertEqual(edited.splice(from: original), ListSplice(at: 50_000, removing: 1, inserting: 1))
        edited[50_003] = -3
        XCTAssertEqual(edited.splice(from: original), ListSplice(at: 50_000, removing: 4, inserting: 4))
        var unchanged = original
        unchanged[10] = 10
        XCTAssertNil(unchanged.splice(from: original), "a write of the same value changes nothing")
        // From the version between the two writes, only the second one differs.
        var first = original
        first[7] = -7
        var second = first
        second[9] = -9
        XCTAssertEqual(second.splice(from: first), ListSplice(at: 9, removing: 1, inserting: 1))
        XCTAssertEqual(second.splice(from: original), ListSplice(at: 7, removing: 3, inserting: 3))
        // Two edits of the same version apart (an undo between them): each differs from the
        // other where either wrote.
        var sibling = original
        sibling[9] = -9
        XCTAssertEqual(sibling.splice(from: first), ListSplice(at: 7, removing: 3, inserting: 3))
        XCTAssertEqual(first.splice(from: sibling), ListSplice(at: 7, removing: 3, inserting: 3))
    }

    /// Each version's chunk tag finds the writes made since it, for the last 16 writes to a
    /// chunk: an edit after an edit of a nearby item still compares only what it wrote.
    func testTheWritesSinceARecentVersionAreKnown() throws {
        var current = ChunkedArray(0..<1_000)
        var versions: [ChunkedArray<Int>] = []
        for write in 0..<20 {
            versions.append(current)
            current[300 + write] = -write
        }
        let written = try XCTUnwrap(current.lastWrite)
        XCTAssertEqual(written.chunk, 1)
        for (write, version) in versions.enumerated() {
            let since = written.offsets(since: version.tags[1]).map(Array.init)
            if write < 20 - ChunkWrite.limit {
                XCTAssertNil(since, "version \(write) is older than the writes followed")
            } else {
                XCTAssertEqual(since, Array((300 + write - 256)..<(300 + 20 - 256)), "version \(write)")
            }
        }
    }

    func testAnEditToACopyUnsharesOneChunk() {
        let original = ChunkedArray(0..<100_000)
        var edited = original
        XCTAssertEqual(edited.unsharedRanges(comparedTo: original), [])
        XCTAssertTrue(edited.sharesStorage(with: original))
        edited[50_000] = -1
        let ranges = edited.unsharedRanges(comparedTo: original)
        XCTAssertEqual(ranges?.count, 1)
        XCTAssertTrue(ranges?.first?.contains(50_000) ?? false)
        XCTAssertLessThanOrEqual(ranges?.first?.count ?? .max, 512)
        XCTAssertEqual(original[50_000], 50_000, "the original keeps its value")
        XCTAssertNotEqual(edited, original)
        edited[50_000] = 50_000
        XCTAssertEqual(edited, original, "equal again, though one chunk is a copy")
        XCTAssertFalse(edited.sharesStorage(with: original))
    }

    func testAnInsertionChangesTheLayout() {
        let original = ChunkedArray(0..<10_000)
        var edited = original
        edited.insert(-1, at: 3)
        XCTAssertNil(edited.unsharedRanges(comparedTo: original), "positions moved: everything may differ")
        edited.remove(at: 3)
        XCTAssertEqual(edited, original)
        XCTAssertEqual(edited.hashValue, original.hashValue)
    }

    func testEqualityAndHashingIgnoreHowElementsAreChunked() {
        var appended = ChunkedArray<Int>()
        for i in 0..<2_000 { appended.append(i) }
        var inserted = ChunkedArray<Int>()
        for i in (0..<2_000).reversed() { inserted.insert(i, at: 0) }
        XCTAssertEqual(appended, inserted)
        XCTAssertEqual(Set([appended, inserted]).count, 1)
        XCTAssertNotEqual(appended, ChunkedArray(0..<1_999))
        XCTAssertEqual(ChunkedArray<Int>(), [])
        XCTAssertEqual([1, 2, 3] as ChunkedArray<Int>, ChunkedArray([1, 2, 3]))
        XCTAssertEqual("\(ChunkedArray([1, 2]))", "[1, 2]")
    }
}
