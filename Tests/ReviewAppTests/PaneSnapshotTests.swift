import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// Styled snapshots (text and style runs) of every pane, the pros and cons, the reader and the editor,
/// drawn with the colour theme at 80x24, 132x43 and 60x16, and with the monochrome theme
/// (what NO_COLOR gives) at 80x24.
final class PaneSnapshotTests: XCTestCase {
    func testEveryPane() throws {
        try AppTestSupport.eachSnapshotScreen { initial, pattern in
            var state = initial
            for pane in Pane.allCases {
                _ = AppUpdate.update(&state, .key(.char(Character(String(pane.rawValue)))))
                XCTAssertEqual(state.pane, pane)
                AppTestSupport.assertStyledSnapshot(state, named: AppTestSupport.snapshotName(pattern, "\(pane.rawValue)-\(pane)"))
            }
        }
    }

    func testProsAndCons() throws {
        try AppTestSupport.eachSnapshotScreen { initial, pattern in
            var state = initial
            _ = AppUpdate.update(&state, .key(.char("3")))
            _ = AppUpdate.update(&state, .key(.char("p")))
            AppTestSupport.assertStyledSnapshot(state, named: AppTestSupport.snapshotName(pattern, "pros-cons"))
        }
    }

    func testReaderOnATest() throws {
        try AppTestSupport.eachSnapshotScreen { initial, pattern in
            var state = initial
            for key: Key in [.char("2"), .char("j"), .char("j"), .enter] { _ = AppUpdate.update(&state, .key(key)) }
            AppTestSupport.assertStyledSnapshot(state, named: AppTestSupport.snapshotName(pattern, "reader-test"))
        }
    }

    func testReaderOnThePreferredOptionsProsAndCons() throws {
        try AppTestSupport.eachSnapshotScreen { initial, pattern in
            var state = initial
            for key: Key in [.char("3"), .char("p"), .enter] { _ = AppUpdate.update(&state, .key(key)) }
            AppTestSupport.assertStyledSnapshot(state, named: AppTestSupport.snapshotName(pattern, "reader-option"))
        }
    }

    func testEditorOnATest() throws {
        try AppTestSupport.eachSnapshotScreen { initial, pattern in
            var state = initial
            _ = AppUpdate.update(&state, .key(.char("2")))
            _ = AppUpdate.update(&state, .key(.char("e")))
            AppTestSupport.assertStyledSnapshot(state, named: AppTestSupport.snapshotName(pattern, "editor-test"))
        }
    }

    /// A test's notes in the text area (Shift-Tab from the title wraps to the last field), and a
    /// milestone's depends-on in the picker, at 80x24 and 60x16.
    func testEditorTextAreaAndPicker() throws {
        for (width, height) in [(80, 24), (60, 16)] {
            var state = try AppTestSupport.state("coventry-warwickshire", width: width, height: height, theme: .colour)
            for key: Key in [.char("2"), .char("e"), .backTab] { _ = AppUpdate.update(&state, .key(key)) }
            AppTestSupport.assertStyledSnapshot(state, named: "cw-editor-notes-\(width)x\(height)")
            state = try AppTestSupport.state("coventry-warwickshire", width: width, height: height, theme: .colour)
            for key: Key in [.char("1"), .char("e"), .tab, .tab, .tab, .tab, .tab, .char("c"), .char("o")] {
                _ = AppUpdate.update(&state, .key(key))
            }
            AppTestSupport.assertStyledSnapshot(state, named: "cw-editor-depends-on-\(width)x\(height)")
        }
    }

    func testHelpOverlay() throws {
        var state = try AppTestSupport.state("lancashire-south-cumbria", theme: .colour)
        _ = AppUpdate.update(&state, .key(.char("2")))
        _ = AppUpdate.update(&state, .key(.char("?")))
        AppTestSupport.assertStyledSnapshot(state, named: "help-tests-80x24")
        XCTAssertTrue(AppTestSupport.screen(state).joined().contains("Set RAG to Green"))
    }

    func testTooSmall() throws {
        let state = try AppTestSupport.state("lancashire-south-cumbria", width: 40, height: 10, theme: .colour)
        AppTestSupport.assertStyledSnapshot(state, named: "too-small-40x10")
        XCTAssertTrue(AppTestSupport.screen(state).joined().contains("Terminal too small: 40x10"))
    }

    func testPresentingModeSnapshot() throws {
        var state = try AppTestSupport.state("coventry-warwickshire", width: 132, height: 43, theme: .colour)
        _ = AppUpdate.update(&state, .key(.char("2")))
        _ = AppUpdate.update(&state, .key(.function(11)))
        AppTestSupport.assertStyledSnapshot(state, named: "cw-presenting-tests-132x43")
    }

    /// The selection is under test: the selected test's row is reverse video in both themes.
    func testSelectedRowIsReverseInBothThemes() throws {
        for theme in [Theme.colour, .monochrome] {
            var state = try AppTestSupport.state("coventry-warwickshire", theme: theme)
            _ = AppUpdate.update(&state, .key(.char("2")))
            let buffer = AppTestSupport.buffer(state)
            let row = try XCTUnwrap((0..<buffer.height).first { buffer.line($0).hasPrefix("▶") })
            XCTAssertTrue(buffer[0, row].style.attributes.contains(.reverse), theme.name)
            XCTAssertTrue(buffer[buffer.width / 2, row].style.attributes.contains(.reverse), theme.name)
        }
    }
}
