import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// The timeline says no more than the paper: headings from what each date says, day counts only
/// at day precision, undated items last under "Undated".
final class TimelinePrecisionTests: XCTestCase {
    private func date(_ text: String, label: String? = nil) throws -> FlexibleDate {
        try FlexibleDate.parse(text).get().labelled(label)
    }

    /// A 2019 engagement paper's dates, as written.
    private func engagementState() throws -> AppState {
        let asOf = try XCTUnwrap(CalendarDate(year: 2019, month: 11, day: 13))
        let review = Review(programme: Programme(name: "Three CCGs consult on merging", system: "STP", asOf: asOf), milestones: [
            Milestone(id: "a", title: "CCGs share a management team", date: try date("2013"), status: .done),
            Milestone(id: "b", title: "Joint committee meets", date: try date("since 2016", label: "Since 2016"), status: .inProgress),
            Milestone(id: "c", title: "Consultation opens", date: try date("2019-11-18")),
            Milestone(id: "d", title: "Governing bodies decide", date: try date("undated", label: "Date not given")),
            Milestone(id: "e", title: "Single CCG in place", date: try date("by 2019", label: "By the end of the year")),
            Milestone(id: "f", title: "Apply to NHS England", date: try date("2020-Q2")),
        ])
        return AppState(review: review, filePath: "engagement.json", size: Size(width: 80, height: 24),
                        theme: .monochrome, today: asOf, user: "secretary")
    }

    func testYearAndUndatedItemsSitUnderWhatTheirDatesSay() throws {
        var state = try engagementState()
        _ = AppUpdate.update(&state, .key(.char("1")))
        let screen = AppTestSupport.screen(state)
        AppTestSupport.assertSnapshot(screen, named: "engagement-timeline-80x24")
        let text = screen.joined(separator: "\n")
        XCTAssertTrue(text.contains("── 2013\n  2013 "), text)
        XCTAssertFalse(text.contains("January 2013"), text)
        XCTAssertTrue(text.contains("── Undated\n  Date not gi"), text)
        XCTAssertFalse(text.contains("December 2019"), "the undated item is not placed in a month")
        XCTAssertTrue(text.contains("── Q2 2020"), text)
        XCTAssertTrue(text.contains("Next: Consultation o…, 18 Nov 2019 (5 days)"), "the title gives way to the date: \(text)")
    }

    func testNoDayCountForAYearOrAnUndatedItem() throws {
        var state = try engagementState()
        _ = AppUpdate.update(&state, .key(.char("1")))
        for (id, expected) in [("a", nil), ("d", "no date given"), ("f", "due in Q2 2020"), ("c", "5 days")] as [(String, String?)] {
            let index = try XCTUnwrap(state.review.milestones.firstIndex { $0.id == id })
            let position = try XCTUnwrap(state.derived.timelinePosition(ofMilestone: index))
            state.timeline.rows.selected = position
            // The detail: the title, then the facts on the line under it.
            let screen = AppTestSupport.screen(state)
            let title = try XCTUnwrap(screen.firstIndex { $0.hasPrefix(state.review.milestones[index].title) })
            let detail = screen[title + 1]
            if let expected {
                XCTAssertTrue(detail.hasPrefix(expected) || detail.contains(" · \(expected)"), "\(id): \(detail)")
            }
            XCTAssertFalse(detail.contains(" days") && id != "c", "\(id): \(detail)")
        }
    }
}
