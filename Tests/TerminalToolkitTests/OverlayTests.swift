import XCTest
import TerminalToolkit

final class OverlayTests: XCTestCase {
    func testDialogIsCentredWithFocusedButtonInBrackets() {
        var buffer = Buffer(width: 30, height: 8)
        buffer.fill(buffer.area, with: ".")
        var dialog = Dialog(title: "Quit", message: ["Save changes?"], buttons: ["Save", "Discard"])
        dialog.render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), [
            "..............................",
            "...┌ Quit ────────────────┐...",
            "...│ Save changes?        │...",
            "...│                      │...",
            "...│ [ Save ]  Discard    │...",
            "...└──────────────────────┘...",
            "..............................",
            "..............................",
        ])
        XCTAssertTrue(dialog.handle(.right))
        XCTAssertEqual(dialog.selectedButton, 1)
        XCTAssertTrue(dialog.handle(.tab))
        XCTAssertEqual(dialog.selectedButton, 0, "focus wraps around")
        XCTAssertFalse(dialog.handle(.enter), "Enter is for the caller")
    }

    func testDialogWrapsLongMessages() {
        var buffer = Buffer(width: 26, height: 8)
        Dialog(title: "Error", message: ["The file changed on disk since it was opened."], buttons: ["OK"])
            .render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), [
            " ┌ Error ───────────────┐",
            " │ The file changed on  │",
            " │ disk since it was    │",
            " │ opened.              │",
            " │                      │",
            " │        [ OK ]        │",
            " └──────────────────────┘",
            "",
        ])
    }

    private let sections = [
        HelpSection(title: "Navigation", entries: [
            HelpEntry(keys: "j, Down", description: "Next row"),
            HelpEntry(keys: "k, Up", description: "Previous row"),
        ]),
        HelpSection(title: "File", entries: [
            HelpEntry(keys: "^S", description: "Save"),
            HelpEntry(keys: "q", description: "Quit"),
        ]),
    ]

    func testHelpOverlayGroupsRowsBySection() {
        var buffer = Buffer(width: 30, height: 9)
        HelpOverlay(sections: sections).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), [
            "┌ Help ──────────────────────┐",
            "│ Navigation                 │",
            "│   j, Down  Next row        │",
            "│   k, Up    Previous row    │",
            "│                            │",
            "│ File                       │",
            "│   ^S       Save            │",
            "│   q        Quit            │",
            "└────────────────────────────┘",
        ])
    }

    func testHelpOverlayScrollsAndShowsMoreMarkers() {
        let overlay = HelpOverlay(sections: sections)
        var buffer = Buffer(width: 30, height: 5)
        overlay.render(in: buffer.area, buffer: &buffer, scrollOffset: 2)
        XCTAssertEqual(buffer.lines(), [
            "┌ Help ──────────────────────┐",
            "│   k, Up    Previous row    ▲",
            "│                            │",
            "│ File                       ▼",
            "└────────────────────────────┘",
        ])
        XCTAssertEqual(overlay.maxScrollOffset(in: buffer.area), 4)
    }
}
