import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// Styled snapshots of what surrounds the panes: the warnings list, the messages log, the editor
/// over the budgets' places and presenting, for both fixtures at 80x24, 132x43 and 60x16, and
/// monochrome at 80x24.
final class FrameSnapshotTests: XCTestCase {
    private let sizes = [(80, 24), (132, 43), (60, 16)]
    private let fixtures = [("lancashire-south-cumbria", "lsc"), ("coventry-warwickshire", "cw")]

    private func eachScreen(_ body: (AppState, String) throws -> Void) throws {
        for (fixture, short) in fixtures {
            for (width, height) in sizes {
                try body(try AppTestSupport.state(fixture, width: width, height: height, theme: .colour), "\(short)-%@-\(width)x\(height)")
            }
            try body(try AppTestSupport.state(fixture, theme: .monochrome), "\(short)-%@-80x24-mono")
        }
    }

    private func name(_ pattern: String, _ part: String) -> String {
        pattern.replacingOccurrences(of: "%@", with: part)
    }

    func testWarningsList() throws {
        try eachScreen { initial, pattern in
            var state = initial
            for key: Key in [.char("W"), .down] { _ = AppUpdate.update(&state, .key(key)) }
            AppTestSupport.assertStyledSnapshot(state, named: name(pattern, "warnings"))
        }
    }

    /// The log after a few messages, stamped by the program's clock (a fixed time, shown in the
    /// tests' zone).
    func testMessagesLog() throws {
        try eachScreen { initial, pattern in
            var program = ReviewProgram(state: initial, environment: AppEnvironment(save: { _, _, _ in .saved },
                                                                                     now: { "2026-12-02T07:28:44Z" }))
            // W and Enter: on Coventry & Warwickshire the first warning, repeated on the status line.
            AppTestSupport.press([.char("u"), .char("2"), .char("j"), .char("s"), .char("Z"), .char("W"), .enter, .escape, .char("M")],
                                 &program)
            AppTestSupport.assertStyledSnapshot(program.state, named: name(pattern, "messages"))
        }
    }

    func testEditorOverTheBudgetsPlaces() throws {
        try eachScreen { initial, pattern in
            var state = initial
            for key: Key in [.char("4"), .char("v"), .char("e")] { _ = AppUpdate.update(&state, .key(key)) }
            AppTestSupport.assertStyledSnapshot(state, named: name(pattern, "editor-place"))
        }
    }

    func testPresentingTheTestsPane() throws {
        try eachScreen { initial, pattern in
            var state = initial
            for key: Key in [.char("2"), .function(11)] { _ = AppUpdate.update(&state, .key(key)) }
            AppTestSupport.assertStyledSnapshot(state, named: name(pattern, "presenting-2-tests"))
        }
    }
}
