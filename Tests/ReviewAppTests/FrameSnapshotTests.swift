import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// Styled snapshots of what surrounds the panes: the warnings list, the messages log, the editor
/// over the budgets' places and presenting, for both fixtures at 80x24, 132x43 and 60x16, and
/// monochrome at 80x24.
final class FrameSnapshotTests: XCTestCase {
    func testWarningsList() throws {
        try AppTestSupport.eachSnapshotScreen { initial, pattern in
            var state = initial
            for key: Key in [.char("W"), .down] { _ = AppUpdate.update(&state, .key(key)) }
            AppTestSupport.assertStyledSnapshot(state, named: AppTestSupport.snapshotName(pattern, "warnings"))
        }
    }

    /// The log after a few messages, stamped by the program's clock (a fixed time, shown in the
    /// tests' zone).
    func testMessagesLog() throws {
        try AppTestSupport.eachSnapshotScreen { initial, pattern in
            var program = ReviewProgram(state: initial, environment: AppEnvironment(save: { request, _, _ in .saved(AppTestSupport.written(request)) },
                                                                                     now: { "2026-12-02T07:28:44Z" }))
            // W and Enter: on Coventry & Warwickshire the first warning, repeated on the status line.
            AppTestSupport.press([.char("u"), .char("2"), .char("j"), .char("s"), .char("Z"), .char("W"), .enter, .escape, .char("M")],
                                 &program)
            AppTestSupport.assertStyledSnapshot(program.state, named: AppTestSupport.snapshotName(pattern, "messages"))
        }
    }

    func testEditorOverTheBudgetsPlaces() throws {
        try AppTestSupport.eachSnapshotScreen { initial, pattern in
            var state = initial
            for key: Key in [.char("4"), .char("v"), .char("e")] { _ = AppUpdate.update(&state, .key(key)) }
            AppTestSupport.assertStyledSnapshot(state, named: AppTestSupport.snapshotName(pattern, "editor-place"))
        }
    }

    func testPresentingTheTestsPane() throws {
        try AppTestSupport.eachSnapshotScreen { initial, pattern in
            var state = initial
            for key: Key in [.char("2"), .function(11)] { _ = AppUpdate.update(&state, .key(key)) }
            AppTestSupport.assertStyledSnapshot(state, named: AppTestSupport.snapshotName(pattern, "presenting-2-tests"))
        }
    }
}
