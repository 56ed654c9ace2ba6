import Foundation
import XCTest
import TerminalToolkit
@testable import ReviewApp

/// docs/user-guide.md describes every key in the key tables the app dispatches from: the panes',
/// the editor's, and the typing, long-text and picker keys of the toolkit's widgets.
final class UserGuideTests: XCTestCase {
    func testTheUserGuideDescribesEveryKeyInTheTables() throws {
        let guide = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/user-guide.md")
        let text = try String(contentsOf: guide, encoding: .utf8)
        let descriptions = (KeyTable.global.bindings + KeyTable.panes.values.flatMap(\.bindings)).map(\.description)
            + KeyTable.editor.bindings.map(\.description) + TextEditCommand.keyMap.bindings.map(\.description)
            + PickerCommand.keyMap.bindings.map(\.description)
        for description in descriptions {
            XCTAssertTrue(text.contains("| \(description) |"), "docs/user-guide.md has no table row for \"\(description)\"")
        }
    }
}
