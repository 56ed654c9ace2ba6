import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// The timeline pane drawn through the toolkit's table: whole owners beside the scroll
/// position, dates given their width, and names instead of ids in the detail.
final class TimelinePaneTests: XCTestCase {
    private let fixtures = ["coventry-warwickshire", "lancashire-south-cumbria"]

    /// Each screen of the timeline as the selection walks from the first milestone to the
    /// last, drawn as the program draws it (keeping the offsets the table worked out).
    private func eachScreen(_ fixture: String, width: Int, height: Int,
                            _ body: (AppState, Buffer) throws -> Void) throws {
        var program = AppTestSupport.program(try AppTestSupport.state(fixture, width: width, height: height))
        AppTestSupport.press([.char("1"), .home], &program)
        var buffer = Buffer(width: width, height: height)
        program.render(into: &buffer)
        for _ in 0..<program.state.timelineMilestoneRows.count {
            buffer = Buffer(width: width, height: height)
            program.render(into: &buffer)
            try body(program.state, buffer)
            AppTestSupport.press([.down], &program)
        }
    }

    /// The milestone on each screen row of the list, as a click would find it.
    private func milestoneRows(_ state: AppState) -> [(y: Int, milestone: Milestone)] {
        let body = Geometry.body(state.size)
        return (body.y..<body.bottom).compactMap { y in
            guard case .milestone(let index)? = TimelineView.milestone(atRow: y, state, body: body) else { return nil }
            return (y, state.review.milestones[index])
        }
    }

    private func date(_ milestone: Milestone) -> String {
        milestone.date.display + (milestone.endDate.map { "–" + $0.display } ?? "")
    }

    /// At 80x24 no scroll marker is drawn over a row: each owner on screen is whole, or cut
    /// with an ellipsis; the position shows in the last column; the selection is on screen.
    func testTheScrollPositionNeverCoversAnOwner() throws {
        for fixture in fixtures {
            try eachScreen(fixture, width: 80, height: 24) { state, buffer in
                let rows = milestoneRows(state)
                let screen = buffer.lines().joined(separator: "\n")
                XCTAssertTrue(rows.contains { buffer.line($0.y).hasPrefix("▶") }, "the selection is on screen:\n\(screen)")
                XCTAssertFalse(screen.contains("↓ "), screen)
                for (y, milestone) in rows where !milestone.owner.isEmpty {
                    let line = buffer.line(y)
                    let owner = milestone.owner
                    let shown = line.contains(owner)
                        || (4..<owner.count).contains { line.contains(String(owner.prefix($0)) + "…") }
                    XCTAssertTrue(shown, "\(fixture): \"\(owner)\" is not whole in \"\(line)\"\n\(screen)")
                }
                XCTAssertTrue(rows.allSatisfy { !"▲▼↓↑".contains(buffer[78, $0.y].grapheme) },
                              "markers only in the last column:\n\(screen)")
            }
        }
    }

    /// At 140 columns every date is whole ("Throughout 2019/20", "Shortly after …").
    func testDatesAreWholeAt140Columns() throws {
        for fixture in fixtures {
            var seen = 0
            try eachScreen(fixture, width: 140, height: 43) { state, buffer in
                for (y, milestone) in milestoneRows(state) {
                    seen += 1
                    XCTAssertTrue(buffer.line(y).contains(date(milestone) + " "), "\(fixture): \(buffer.line(y))")
                }
            }
            XCTAssertGreaterThan(seen, 0)
        }
    }

    /// The detail names what a milestone depends on by title, on a line of its own, and no
    /// milestone id reaches the screen.
    func testTheDetailNamesDependenciesByTitle() throws {
        for fixture in fixtures {
            var dependent = 0
            try eachScreen(fixture, width: 80, height: 24) { state, buffer in
                let screen = buffer.lines().joined(separator: "\n")
                XCTAssertFalse(screen.contains("ms-"), screen)
                let milestone = try XCTUnwrap(state.selectedMilestoneIndex.map { state.review.milestones[$0] })
                guard let first = milestone.dependsOn.first else { return }
                dependent += 1
                let title = try XCTUnwrap(state.review.milestones.first { $0.id == first }?.title)
                XCTAssertTrue(screen.contains("After: " + title.prefix(20)), "\(milestone.title) after \(title):\n\(screen)")
            }
            XCTAssertGreaterThan(dependent, 0)
        }
    }

    /// A dependency on a milestone the file does not hold is not shown by its id.
    func testAnUnknownDependencyIsNotShownByItsId() throws {
        var state = try AppTestSupport.state("coventry-warwickshire")
        var review = state.review
        let index = try XCTUnwrap(state.selectedMilestoneIndex)
        review.milestones[index].dependsOn = ["ms-not-in-the-file"]
        state.commit(review, label: "depends")
        _ = AppUpdate.update(&state, .key(.char("1")))
        let screen = AppTestSupport.screen(state).joined(separator: "\n")
        XCTAssertFalse(screen.contains("ms-not-in-the-file"), screen)
        XCTAssertTrue(screen.contains("After: an unknown milestone"), screen)
    }

    /// The timeline's content widths come from `Derived`, measured again when a milestone changes.
    func testColumnWidthsFollowAnEdit() throws {
        var state = try AppTestSupport.state("coventry-warwickshire")
        var review = state.review
        let owner = "Chief Finance Officer and Deputy Accountable Officer, on behalf of the three CCGs"
        review.milestones[3].owner = owner
        state.commit(review, label: "owner")
        XCTAssertEqual(state.derived.milestoneColumns.widths[3], owner.count)
        XCTAssertEqual(state.derived.milestoneColumns.widths,
                       ColumnMeasure(state.review.milestones, columns: TimelineTable.measuredColumns,
                                     texts: TimelineTable.texts).widths)
    }
}
