import XCTest
import Foundation
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// What the screen says about keys comes from the key table that dispatches them.
final class KeyTableTests: XCTestCase {
    /// Each F-key bar label names the command its key runs, on every pane.
    func testEveryFunctionKeyLabelNamesWhatItsKeyDoesOnEveryPane() {
        let bar = KeyTable.functionKeyBar
        XCTAssertEqual(bar.map(\.key), (1...10).map { Key.function($0) })
        for entry in bar {
            let (key, label) = (entry.key, entry.label)
            let labelled = KeyTable.global.bindings.filter { $0.barLabel == label }.map(\.command)
            XCTAssertEqual(labelled.count, 1, "\(label) labels one command")
            for pane in Pane.allCases {
                XCTAssertEqual(KeyTable.command(for: key, in: pane), labelled.first,
                               "\(key.displayName) is labelled \(label) but does something else on \(pane)")
            }
        }
    }

    /// The bar shows every label in full at 80 columns and wider; at 60 the pane keys become
    /// one range, and no label is cut.
    func testTheBottomRowIsTheGeneratedBarWithEveryLabelWhole() throws {
        for (width, expected) in [(132, "F1Help F2Save F3Search F4Edit F5Timeline F6Tests F7Options F8Budgets F9Decide F10Quit"),
                                  (80, "F1HelpF2SaveF3SearchF4EditF5TimelineF6TestsF7OptionsF8BudgetsF9DecideF10Quit"),
                                  (60, "F1Help F2Save F3Search F4Edit F5-F9Panes F10Quit")] {
            let state = try AppTestSupport.state("coventry-warwickshire", width: width, height: 30)
            XCTAssertEqual(AppTestSupport.screen(state).last, expected)
        }
        let labels = KeyTable.functionKeyBar.map(\.label)
        let atEighty = try AppTestSupport.screen(AppTestSupport.state("coventry-warwickshire", width: 80, height: 24)).last ?? ""
        for label in labels { XCTAssertTrue(atEighty.contains(label), "\(label) is whole at 80 columns") }
        let atSixty = try AppTestSupport.screen(AppTestSupport.state("coventry-warwickshire", width: 60, height: 16)).last ?? ""
        // Every word on the bar at 60 columns is a whole label, a key name or the group's name.
        let words = atSixty.split(whereSeparator: { $0 == " " }).map { String($0).replacingOccurrences(
            of: "F[0-9]+(-F[0-9]+)?", with: "", options: .regularExpression) }
        for word in words { XCTAssertTrue(labels.contains(word) || word == "Panes", "\(word) is not cut") }
    }

    /// Each status-line hint shows a key that runs the hinted command on that pane.
    func testEveryStatusHintShowsAKeyThatRunsItsCommand() {
        XCTAssertTrue(KeyTable.hints(for: .tests, editable: true).contains("A add"), "a is Amber on the tests pane")
        for pane in Pane.allCases {
            for editable in [false, true] {
                let entries = KeyTable.hintEntries(for: pane, editable: editable)
                let hints = KeyTable.hints(for: pane, editable: editable)
                XCTAssertEqual(entries.count, hints.count)
                for ((commands, label), hint) in zip(entries, hints) {
                    let keys = commands.map { KeyTable.key(for: $0, in: pane) }
                    for (key, command) in zip(keys, commands) {
                        XCTAssertEqual(key.flatMap { KeyTable.command(for: $0, in: pane) }, command, "\(hint) on \(pane)")
                    }
                    XCTAssertEqual(hint, keys.compactMap { $0?.displayName }.joined(separator: "/") + " " + label)
                }
            }
        }
    }

    /// The quit dialog's buttons show their keys, the hint line comes from the dialog, and the
    /// keys shown are the keys that work.
    func testTheQuitDialogShowsTheKeysThatWork() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("coventry-warwickshire"))
        _ = AppTestSupport.press([.char("2"), .char("r"), .char("q")], &program)
        let screen = AppTestSupport.screen(program.state).joined(separator: "\n")
        for text in ["Save and quit (s)", "Discard (d)", "Cancel (c)", "Enter chooses · Esc: Cancel · Tab moves"] {
            XCTAssertTrue(screen.contains(text), "\(text) missing from\n\(screen)")
        }
        _ = AppTestSupport.press([.right], &program)
        guard case .confirmQuit(let dialog) = program.state.mode else { return XCTFail("the dialog stays open") }
        XCTAssertEqual(dialog.selectedButton, 0, "the focus moved and was kept")
        _ = AppTestSupport.press([.char("c")], &program)
        guard case .normal = program.state.mode else { return XCTFail("c cancels") }
        XCTAssertEqual(program.state.message?.text, "Quit cancelled")
        _ = AppTestSupport.press([.char("q"), .escape], &program)
        guard case .normal = program.state.mode else { return XCTFail("Esc cancels") }
        XCTAssertTrue(program.state.isModified, "nothing was saved or discarded")
    }
}
