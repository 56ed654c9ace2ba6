import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// A programme name or title holding escape sequences is drawn in its visible form, never as
/// the control characters themselves, and the frame stays 80 columns wide.
final class HostileTextScreenTests: XCTestCase {
    private typealias Support = AppTestSupport

    func testHostileNamesAndTitlesAreDrawnVisibly() throws {
        var state = try Support.state("lancashire-south-cumbria")
        var review = state.review
        review.programme.name = "Evil\u{1B}]0;PWNED\u{7}\u{1B}c\u{9B}2J"
        review.mergerTests[0].title = "Test\u{1B}[2J\u{7F}title"
        state = AppState(review: review, filePath: "hostile.json", size: Size(width: 80, height: 24),
                         theme: .monochrome, today: Support.today, user: "secretary")
        var screens = Support.screen(state)
        var program = Support.program(state)
        Support.press([.char("2")], &program)
        screens += Support.screen(program.state)
        let all = screens.joined(separator: "\n")
        let controls = all.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
        XCTAssertTrue(controls.isEmpty, "\(controls.map(\.value))")
        XCTAssertTrue(all.contains("Evil^[]0;PWNED^G^[c\\u009b2J"), all)
        XCTAssertTrue(all.contains("Test^[[2J^?title"), all)
        XCTAssertTrue(screens.allSatisfy { $0.terminalWidth <= 80 })
    }
}
