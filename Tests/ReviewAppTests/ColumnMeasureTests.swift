import XCTest
import ReviewModel
import ReviewGenerator
@testable import ReviewApp

/// Column widths kept up to date edit by edit give what measuring every item gives.
final class ColumnMeasureTests: XCTestCase {
    private static func texts(_ item: String) -> [String] { [item, String(item.reversed().prefix(3))] }

    private func measured(_ items: ChunkedArray<String>) -> [Int] {
        ColumnMeasure(items, columns: 2, texts: Self.texts).widths
    }

    /// The widest item edited shorter: its block is measured again and the width falls to the
    /// next widest; a narrower item edited shorter leaves the width alone; one edited wider widens it.
    func testAnEditInPlaceWidensOrNarrowsTheColumn() {
        var items = ChunkedArray((0..<600).map { "item \($0)" })
        items[300] = String(repeating: "w", count: 40)
        var widths = ColumnMeasure(items, columns: 2, texts: Self.texts)
        XCTAssertEqual(widths.widths, [40, 3])
        for (index, text) in [(300, "short"), (5, "x"), (599, String(repeating: "v", count: 50))] {
            let before = items
            items[index] = text
            widths = ColumnMeasure(items, updating: widths, from: before, columns: 2, texts: Self.texts)
            XCTAssertEqual(widths.widths, measured(items), "\(index) → \(text)")
        }
        XCTAssertEqual(widths.widths, [50, 3])
    }

    /// Seeded random edits (one item, a run of items, insertions, removals), each kept up to
    /// date from the version before, always agree with a full measure.
    func testRandomEditsAgreeWithAFullMeasure() {
        var random = SeededRandom(state: 21)
        var items = ChunkedArray((0..<700).map { String(repeating: "a", count: $0 % 37) })
        var widths = ColumnMeasure(items, columns: 2, texts: Self.texts)
        for step in 0..<500 {
            let before = items
            let text = { String(repeating: "b", count: random.below(60)) }
            switch random.below(5) {
            case 0, 1: items[random.below(items.count)] = text()
            case 2:
                let start = random.below(items.count - 40)
                for i in start..<(start + 1 + random.below(40)) { items[i] = text() }
            case 3: items.insert(text(), at: random.below(items.count + 1))
            default: items.remove(at: random.below(items.count))
            }
            widths = ColumnMeasure(items, updating: widths, from: before, columns: 2, texts: Self.texts)
            XCTAssertEqual(widths.widths, measured(items), "step \(step)")
        }
    }
}
