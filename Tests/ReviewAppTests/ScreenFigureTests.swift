import XCTest
import ReviewModel
import ReviewStore
import TerminalToolkit
@testable import ReviewApp

/// Every fixture opens, and the figures on screen agree with `merger-review summary`.
final class ScreenFigureTests: XCTestCase {
    func testAllFixturesOpenInEveryPaneAtBothSizes() throws {
        for name in ["lancashire-south-cumbria", "leicester-leicestershire-rutland", "north-west-london", "coventry-warwickshire"] {
            for (width, height) in [(80, 24), (132, 43), (60, 16)] {
                var state = try AppTestSupport.state(name, width: width, height: height)
                for pane in Pane.allCases {
                    _ = AppUpdate.update(&state, .key(.char(Character(String(pane.rawValue)))))
                    let screen = AppTestSupport.screen(state)
                    let label = "\(name) \(pane) at \(width)x\(height)"
                    XCTAssertTrue(screen[2].contains("[\(pane.rawValue) "), "\(label): the pane's tab is marked: \(screen[2])")
                    XCTAssertTrue(screen.last?.hasPrefix("F1Help") == true && screen.last?.contains("F2Save") == true, "\(label): the F-key bar is shown")
                    XCTAssertFalse(screen.joined().contains("Terminal too small"), label)
                }
            }
        }
    }

    func testHeaderAndBudgetFiguresMatchTheSummary() throws {
        for name in ["lancashire-south-cumbria", "coventry-warwickshire"] {
            var state = try AppTestSupport.state(name, width: 132, height: 43)
            let summary = ReviewSummary(state.review)
            let header = AppTestSupport.screen(state).prefix(2).joined(separator: "\n")
            XCTAssertTrue(header.contains(summary.readinessText), header)
            XCTAssertTrue(header.contains(String(summary.nextMilestoneText.prefix(40))), header)
            _ = AppUpdate.update(&state, .key(.char("4")))
            let screen = AppTestSupport.screen(state).joined(separator: "\n")
            let summaryText = summary.lines.joined(separator: "\n")
            let moneyOnScreen = screen.matches(of: /-?£[0-9,]+\.[0-9]m/).map { String($0.output) }
            XCTAssertFalse(moneyOnScreen.isEmpty)
            for money in moneyOnScreen {
                XCTAssertTrue(summaryText.contains(money), "\(name): \(money) on screen but not in the summary:\n\(summaryText)")
            }
            _ = AppUpdate.update(&state, .key(.char("3")))
            let appraisal = AppTestSupport.screen(state).joined(separator: "\n")
            XCTAssertTrue(appraisal.contains(String(summary.preferredOptionText.prefix(30))), appraisal)
        }
    }

    func testLancashireBudgetsShowThePapersTotals() throws {
        var state = try AppTestSupport.state("lancashire-south-cumbria")
        _ = AppUpdate.update(&state, .key(.char("4")))
        let screen = AppTestSupport.screen(state).joined(separator: "\n")
        for expected in ["1,777,610", "215", "£2,909.3m", "£36.3m", "20% cut", "£1,636.64"] {
            XCTAssertTrue(screen.contains(expected), "missing \(expected):\n\(screen)")
        }
    }

    func testCoventryPlacesShowTheContradictionBesideTheFigures() throws {
        var state = try AppTestSupport.state("coventry-warwickshire")
        _ = AppUpdate.update(&state, .key(.char("4")))
        _ = AppUpdate.update(&state, .key(.char("v")))
        let screen = AppTestSupport.screen(state).joined(separator: "\n")
        XCTAssertTrue(screen.contains("1,006,232"), screen)
        XCTAssertTrue(screen.contains("813,954"), screen)
    }
}
