import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// The frame around the panes: the header keeps its dates, the period chart's axis reads as
/// years over month initials.
final class FrameTests: XCTestCase {
    func testHeaderCutsTheNextMilestoneWithAnEllipsisAndKeepsItsDate() throws {
        for (width, height) in [(80, 24), (60, 16)] {
            let state = try AppTestSupport.state("lancashire-south-cumbria", width: width, height: height)
            let screen = AppTestSupport.screen(state)
            let next = try XCTUnwrap(state.review.nextMilestone)
            XCTAssertTrue(screen[0].hasSuffix("as of \(state.review.programme.asOf.short)"), screen[0])
            XCTAssertTrue(screen[1].contains("…"), screen[1])
            // At 80 columns the next milestone's date stays whole after its cut title.
            if width == 80 {
                XCTAssertTrue(screen[1].hasSuffix(ReviewSummary.milestoneWhen(next, asOf: state.review.programme.asOf)), screen[1])
            }
        }
    }

    func testPeriodAxisPutsYearsOverMonthInitials() {
        let december2019 = 2019 * 12 + 11
        XCTAssertEqual(PeriodAxis.initials(from: december2019, to: december2019 + 15), "DJFMAMJJASONDJFM")
        XCTAssertEqual(PeriodAxis.years(from: december2019, to: december2019 + 15), " 2020" + String(repeating: " ", count: 11), "2021 does not fit whole")
        XCTAssertEqual(PeriodAxis.years(from: december2019, to: december2019 + 16), " 2020        2021")
        let may2019 = 2019 * 12 + 4
        XCTAssertEqual(PeriodAxis.years(from: may2019, to: may2019 + 11), "2019    2020")
        XCTAssertEqual(PeriodAxis.years(from: may2019, to: may2019 + 3), "2019")
    }

    func testTheChartOnTheTimelineShowsTheAxisRows() throws {
        var state = try AppTestSupport.state("lancashire-south-cumbria")
        _ = AppUpdate.update(&state, .key(.char("1")))
        let screen = AppTestSupport.screen(state)
        let axis = try XCTUnwrap(screen.firstIndex { $0.hasPrefix("Periods") }, screen.joined(separator: "\n"))
        XCTAssertTrue(screen[axis].contains("20"), "a year on the row of years: \(screen[axis])")
        let initials = screen[axis + 1].split(separator: " ").last.map(String.init) ?? ""
        XCTAssertTrue(initials.allSatisfy { "JFMASOND".contains($0) }, initials)
        XCTAssertGreaterThan(initials.count, 3)
    }
}
