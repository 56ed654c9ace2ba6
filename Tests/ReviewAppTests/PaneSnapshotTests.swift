import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// Text snapshots (characters only) of every pane at 80x24 and 132x43.
final class PaneSnapshotTests: XCTestCase {
    private let sizes = [(80, 24), (132, 43)]

    private func snapshotPanes(of fixture: String, short: String) throws {
        for (width, height) in sizes {
            var state = try AppTestSupport.state(fixture, width: width, height: height)
            for pane in Pane.allCases {
                _ = AppUpdate.update(&state, .key(.char(Character(String(pane.rawValue)))))
                XCTAssertEqual(state.pane, pane)
                AppTestSupport.assertSnapshot(AppTestSupport.screen(state), named: "\(short)-\(pane.rawValue)-\(pane)-\(width)x\(height)")
            }
        }
    }

    func testLancashireAndSouthCumbriaPanes() throws {
        try snapshotPanes(of: "lancashire-south-cumbria", short: "lsc")
    }

    func testCoventryAndWarwickshirePanes() throws {
        try snapshotPanes(of: "coventry-warwickshire", short: "cw")
    }

    func testHelpOverlay() throws {
        var state = try AppTestSupport.state("lancashire-south-cumbria")
        _ = AppUpdate.update(&state, .key(.char("2")))
        _ = AppUpdate.update(&state, .key(.char("?")))
        let screen = AppTestSupport.screen(state)
        AppTestSupport.assertSnapshot(screen, named: "help-tests-80x24")
        XCTAssertTrue(screen.joined().contains("Set RAG to Green"))
    }

    func testTooSmall() throws {
        let state = try AppTestSupport.state("lancashire-south-cumbria", width: 40, height: 10)
        let screen = AppTestSupport.screen(state)
        AppTestSupport.assertSnapshot(screen, named: "too-small-40x10")
        XCTAssertTrue(screen.joined().contains("Terminal too small: 40x10"))
    }

    func testPresentingModeSnapshot() throws {
        var state = try AppTestSupport.state("coventry-warwickshire", width: 132, height: 43)
        _ = AppUpdate.update(&state, .key(.char("2")))
        _ = AppUpdate.update(&state, .key(.function(11)))
        AppTestSupport.assertSnapshot(AppTestSupport.screen(state), named: "cw-presenting-tests-132x43")
    }
}
