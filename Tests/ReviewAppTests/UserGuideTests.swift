import Foundation
import XCTest
import TerminalToolkit
@testable import ReviewApp

/// docs/user-guide.md describes every key in the key table the app dispatches from.
final class UserGuideTests: XCTestCase {
    func testTheUserGuideDescribesEveryKeyInTheTable() throws {
        let guide = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/user-guide.md")
        let text = try String(contentsOf: guide, encoding: .utf8)
        let bindings = KeyTable.global.bindings + KeyTable.panes.values.flatMap(\.bindings)
        for binding in bindings {
            XCTAssertTrue(text.contains("| \(binding.description) |"),
                          "docs/user-guide.md has no table row for \"\(binding.description)\"")
        }
    }
}
