import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// Presenting mode, for a projector: roomier, the selected item's full text beside or below the
/// pane, and every edit key answered with a message rather than ignored.
final class PresentingTests: XCTestCase {
    private func presenting(_ fixture: String, pane: Character, width: Int = 80, height: Int = 24) throws -> AppState {
        var state = try AppTestSupport.state(fixture, width: width, height: height)
        _ = AppUpdate.update(&state, .key(.char(pane)))
        _ = AppUpdate.update(&state, .key(.function(11)))
        XCTAssertNotNil(state.presenting)
        return state
    }

    func testTheSelectedItemsFullTextIsBelowThePaneAt80x24() throws {
        let state = try presenting("coventry-warwickshire", pane: "2")
        let screen = AppTestSupport.screen(state)
        let description = state.review.mergerTests[0].description
        let detail = Geometry.presentingDetail(state.size)
        XCTAssertGreaterThan(detail.y, Geometry.body(state.size, presenting: true).bottom, "below the pane")
        let shown = screen[detail.y..<detail.bottom].map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " │▲▼█")) }
            .joined(separator: " ")
        let firstWords = description.split(separator: " ").prefix(12).joined(separator: " ")
        XCTAssertTrue(shown.contains(firstWords), "the description, not cut: \(shown)")
    }

    /// The pane's own detail gives way to the presenting box, so the list keeps its rows.
    func testTheTestsListHasTheWholePaneAt80x24() throws {
        let state = try presenting("coventry-warwickshire", pane: "2")
        let screen = AppTestSupport.screen(state)
        let body = Geometry.body(state.size, presenting: true)
        let rows = screen[body.y..<body.bottom].filter { line in
            state.review.mergerTests.contains { line.contains(String($0.title.prefix(20))) }
        }
        XCTAssertGreaterThanOrEqual(rows.count, body.height - 3, "header, gauge and at most one spare row: \(screen)")
    }

    /// The timeline's detail and period strip give way too: the list has the pane.
    func testTheTimelineListHasTheWholePaneAt80x24() throws {
        let state = try presenting("coventry-warwickshire", pane: "1")
        let body = Geometry.body(state.size, presenting: true)
        XCTAssertEqual(TimelineView.areas(state, body: body).list, body)
        let screen = AppTestSupport.screen(state)
        let shown = state.review.milestones.filter { milestone in
            screen[body.y..<body.bottom].contains { $0.contains(String(milestone.title.prefix(16))) }
        }
        XCTAssertGreaterThanOrEqual(shown.count, 3, screen.joined(separator: "\n"))
        XCTAssertEqual(DecisionsView.areas(try presenting("coventry-warwickshire", pane: "5"), body: body).detail.height, 0)
    }

    func testTheFullTextIsBesideThePaneOnAWideScreen() throws {
        let state = try presenting("lancashire-south-cumbria", pane: "1", width: 132, height: 43)
        let detail = Geometry.presentingDetail(state.size)
        XCTAssertGreaterThan(detail.x, Geometry.body(state.size, presenting: true).right, "beside the pane")
        let title = try XCTUnwrap(state.selectedMilestoneIndex.map { state.review.milestones[$0].title })
        let boxTop = AppTestSupport.screen(state)[detail.y]
        XCTAssertTrue(boxTop.contains(String(title.prefix(20))), boxTop)
    }

    func testPresentingIsRoomier() throws {
        let state = try presenting("coventry-warwickshire", pane: "2")
        let screen = AppTestSupport.screen(state)
        XCTAssertEqual(screen[3], "", "a blank row under the tabs")
        let body = Geometry.body(state.size, presenting: true)
        XCTAssertEqual(body.x, 2)
        for row in body.y..<body.bottom { XCTAssertTrue(screen[row].hasPrefix("  ") || screen[row].isEmpty, "a margin: \(screen[row])") }
    }

    /// Every key that would change the review says so while presenting, and changes nothing.
    func testEveryEditKeyShowsAMessage() throws {
        for (pane, keys) in [("2", [Key.char("e"), .function(4), .char("a"), .char("A"), .char("d"), .delete, .char("y"), .char("K"),
                                    .char("J"), .char("u"), .ctrl("r"), .char("r"), .char("g"), .char("s"), .char("x"), .insert]),
                             ("5", [.char("x"), .char("e"), .char("a")])] {
            let start = try presenting("coventry-warwickshire", pane: Character(pane))
            for key in keys {
                var state = start
                _ = AppUpdate.update(&state, .key(key))
                XCTAssertEqual(state.message?.text, "Presenting: read-only. Esc or F11 leaves presenting mode.", "\(key.displayName)")
                XCTAssertEqual(state.review, start.review)
                guard case .normal = state.mode else { return XCTFail("\(key.displayName) opened something") }
            }
        }
    }
}
