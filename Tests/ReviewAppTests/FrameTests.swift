import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// The frame around the panes: the header keeps its dates, the period chart's axis reads as
/// years over month initials.
final class FrameTests: XCTestCase {
    func testHeaderCutsTheNextMilestoneWithAnEllipsisAndKeepsItsDate() throws {
        for fixture in ["lancashire-south-cumbria", "coventry-warwickshire"] {
            for (width, height) in [(80, 24), (60, 16)] {
                let state = try AppTestSupport.state(fixture, width: width, height: height)
                let screen = AppTestSupport.screen(state)
                let next = try XCTUnwrap(state.review.nextMilestone)
                XCTAssertTrue(screen[0].hasSuffix("as of \(state.review.programme.asOf.short)"), screen[0])
                XCTAssertTrue(screen[1].contains("0/10 assured"), screen[1])
                // The milestone's date stays whole after its title, which keeps at least a few letters.
                XCTAssertTrue(screen[1].contains(", \(next.date.display)"), "\(fixture) at \(width): \(screen[1])")
                let title = try XCTUnwrap(screen[1].range(of: "Next: ")).upperBound
                XCTAssertGreaterThanOrEqual(screen[1][title...].prefix { $0 != "," }.count, 8, screen[1])
                if width == 80 {
                    XCTAssertTrue(screen[1].hasSuffix(ReviewSummary.milestoneWhen(next, asOf: state.review.programme.asOf)), screen[1])
                }
            }
        }
    }

    func testEveryTabIsReadableInFullAt60Columns() throws {
        for pane in Pane.allCases {
            var state = try AppTestSupport.state("coventry-warwickshire", width: 60, height: 16)
            state.pane = pane
            let tabs = AppTestSupport.screen(state)[2]
            for other in Pane.allCases {
                XCTAssertTrue(tabs.contains("\(other.rawValue) \(other.shortTitle)"), "\(pane): \(tabs)")
            }
            XCTAssertTrue(tabs.contains("[\(pane.rawValue) \(pane.shortTitle)]"), tabs)
            XCTAssertFalse(tabs.contains("…"), tabs)
        }
        // At 80 columns the tabs have their full titles.
        let wide = AppTestSupport.screen(try AppTestSupport.state("coventry-warwickshire"))[2]
        XCTAssertTrue(wide.contains("2 Merger tests") && wide.contains("5 Decisions"), wide)
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

    /// The editor over the budgets' places: labels whole, the hint once, nothing of the list
    /// behind touching the box.
    func testTheEditorBoxClearsItsEdgesShowsItsHintOnceAndGivesLabelsTheirWidth() throws {
        for (width, height) in [(80, 24), (132, 43)] {
            var state = try AppTestSupport.state("coventry-warwickshire", width: width, height: height)
            for key: Key in [.char("4"), .char("v"), .char("e")] { _ = AppUpdate.update(&state, .key(key)) }
            let screen = AppTestSupport.screen(state)
            let text = screen.joined(separator: "\n")
            XCTAssertTrue(text.contains("  Registered population "), text)
            XCTAssertTrue(text.contains("  In-year surplus/deficit 2019/20 £m "), text)
            XCTAssertEqual(text.components(separatedBy: "Esc cancel").count, 2, "the hint once: \(text)")
            XCTAssertEqual(text.components(separatedBy: "Tab next").count, 2, text)
            let top = try XCTUnwrap(screen.firstIndex { $0.contains("┌") })
            let bottom = try XCTUnwrap(screen.firstIndex { $0.contains("┘") })
            let buffer = AppTestSupport.buffer(state)
            let row = screen[top]
            let left = row.distance(from: row.startIndex, to: try XCTUnwrap(row.firstIndex(of: "┌")))
            let right = row.distance(from: row.startIndex, to: try XCTUnwrap(row.firstIndex(of: "┐")))
            for y in (top - 1)...(bottom + 1) {
                for x in [left - 1, right + 1] where x >= 0 && x < width {
                    XCTAssertEqual(buffer[x, y].grapheme, " ", "(\(x), \(y)) beside the box is cleared")
                }
            }
            for x in left...right {
                XCTAssertEqual(buffer[x, top - 1].grapheme, " ", "the row above the box is cleared")
                XCTAssertEqual(buffer[x, bottom + 1].grapheme, " ", "the row below the box is cleared")
            }
        }
    }
}
