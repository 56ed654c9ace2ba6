import Foundation
import XCTest
@testable import ReviewModel

/// The paper's narrative (summary, principles, engagement) and its key figures are compared and
/// merged field by field like every other part: a change on one side is never lost to the other.
final class NarrativeMergeTests: XCTestCase {
    private func base() throws -> Review {
        let figure = KeyFigure(id: "fig-pcns", label: "Primary Care Networks", value: 41, source: "Section 2")
        let programme = Programme(name: "Lancashire and South Cumbria", system: "ICS", asOf: try XCTUnwrap(CalendarDate(year: 2020, month: 1, day: 30)),
                                  summary: "One strategic commissioner.", principles: ["Place first"], keyFigures: [figure])
        return Review(programme: programme)
    }

    func testAKeyFigureChangedOnOneSideAndTheSummaryOnTheOtherBothMerge() throws {
        let base = try base()
        var ours = base
        ours.programme.keyFigures[0].value = 42
        var theirs = base
        theirs.programme.summary = "A single strategic commissioner for the ICS."
        theirs.programme.principles.append("Clinically led")
        let merged = ReviewMerge.merge(base: base, ours: ours, theirs: theirs)
        XCTAssertEqual(merged.conflicts, [])
        XCTAssertEqual(merged.programme.keyFigures[0].value, 42)
        XCTAssertEqual(merged.programme.summary, "A single strategic commissioner for the ICS.")
        XCTAssertEqual(merged.programme.principles, ["Place first", "Clinically led"])
        XCTAssertEqual(ReviewMerge.merge(base: base, ours: theirs, theirs: ours).programme, merged.programme, "sides swapped")
    }

    func testTheSameKeyFigureChangedDifferentlyIsOneConflictOnItsValue() throws {
        let base = try base()
        var ours = base
        ours.programme.keyFigures[0].value = 42
        var theirs = base
        theirs.programme.keyFigures[0].value = 45
        let merged = ReviewMerge.merge(base: base, ours: ours, theirs: theirs)
        XCTAssertEqual(merged.conflicts.map { "\($0.part) \($0.itemId) \($0.field ?? "-")" }, ["keyFigures fig-pcns value"])
    }

    func testDiffShowsKeyFiguresAndTheNarrativeAsAPersonReadsThem() throws {
        let base = try base()
        var new = base
        new.programme.keyFigures[0].value = 42
        new.programme.principles.append("Clinically led")
        let changes = ReviewComparison(from: base, to: new).changes
        XCTAssertEqual(changes.map { "\($0.kind) \($0.what) \($0.name)" },
                       ["changed programme Lancashire and South Cumbria", "changed key figure Primary Care Networks"])
        XCTAssertEqual(changes.flatMap(\.fields).map { "\($0.label): \($0.old) -> \($0.new)" },
                       ["principles: \"Place first\" -> \"Place first\", \"Clinically led\"", "value: 41 -> 42"])
    }
}
