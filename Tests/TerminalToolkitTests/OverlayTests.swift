import XCTest
import TerminalToolkit

final class OverlayTests: XCTestCase {
    func testDialogIsCentredWithFocusedButtonInBracketsAndShowsItsKeys() {
        var buffer = Buffer(width: 50, height: 8)
        buffer.fill(buffer.area, with: ".")
        let dialog = Dialog(title: "Quit", message: ["Save changes?"],
                            buttons: [DialogButton("Save", keys: [.char("s")]), DialogButton("Discard", keys: [.char("d")])],
                            cancelButton: 1)
        dialog.render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), [
            "..................................................",
            "...┌ Quit ────────────────────────────────────┐...",
            "...│ Save changes?                            │...",
            "...│ Enter chooses · Esc: Discard · Tab moves │...",
            "...│                                          │...",
            "...│       [ Save (s) ]  Discard (d)          │...",
            "...└──────────────────────────────────────────┘...",
            "..................................................",
        ])
    }

    func testDialogKeysMoveTheFocusOrChooseAButton() {
        var dialog = Dialog(title: "Quit", message: [],
                            buttons: [DialogButton("Save", keys: [.char("s"), .char("y")]), DialogButton("Discard", keys: [.char("d")]),
                                      DialogButton("Cancel", keys: [.char("c")])],
                            selectedButton: 2, cancelButton: 2)
        XCTAssertEqual(dialog.handle(.right), .stays)
        XCTAssertEqual(dialog.selectedButton, 0, "focus wraps around")
        XCTAssertEqual(dialog.handle(.backTab), .stays)
        XCTAssertEqual(dialog.selectedButton, 2)
        XCTAssertEqual(dialog.handle(.tab), .stays)
        XCTAssertEqual(dialog.handle(.enter), .chose(0), "Enter chooses the focused button")
        XCTAssertEqual(dialog.handle(.char("d")), .chose(1))
        XCTAssertEqual(dialog.handle(.char("D")), .chose(1), "a letter in either case")
        XCTAssertEqual(dialog.handle(.char("y")), .chose(0), "any of a button's keys")
        XCTAssertEqual(dialog.handle(.escape), .chose(2), "Esc chooses the cancel button")
        XCTAssertEqual(dialog.handle(.char("x")), .stays)
        XCTAssertEqual(dialog.hint, "Enter chooses · Esc: Cancel · Tab moves")
    }

    func testDialogWithoutACancelButtonIgnoresEsc() {
        var dialog = Dialog(title: "Error", message: ["Failed."])
        XCTAssertEqual(dialog.handle(.escape), .stays)
        XCTAssertEqual(dialog.handle(.enter), .chose(0))
        XCTAssertEqual(dialog.hint, "Enter chooses")
    }

    func testDialogWrapsLongMessages() {
        var buffer = Buffer(width: 26, height: 9)
        Dialog(title: "Error", message: ["The file changed on disk since it was opened."])
            .render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), [
            " ┌ Error ───────────────┐",
            " │ The file changed on  │",
            " │ disk since it was    │",
            " │ opened.              │",
            " │ Enter chooses        │",
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

    /// Each section's key column is as wide as its own widest keys: one section with long key
    /// names does not push every description to the right.
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
            "│   ^S  Save                 │",
            "│   q   Quit                 │",
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

/// Searching the help's lines and hit-testing the tabs, as the app's mouse and help search use them.
final class HelpLinesAndTabsTests: XCTestCase {
    func testLinesMatchingASearchCountAsTheScrollOffsetDoes() {
        let overlay = HelpOverlay(sections: [
            HelpSection(title: "Navigation", entries: [HelpEntry(keys: "j, Down", description: "Next row")]),
            HelpSection(title: "File", entries: [HelpEntry(keys: "^S", description: "Save the file"), HelpEntry(keys: "q", description: "Quit")]),
        ])
        // Lines: 0 Navigation, 1 j, 2 blank, 3 File, 4 ^S, 5 q.
        XCTAssertEqual(overlay.lines(matching: "FILE"), [3, 4])
        XCTAssertEqual(overlay.lines(matching: "down"), [1])
        XCTAssertEqual(overlay.lines(matching: ""), [])
    }

    func testATabIsFoundWhereItIsDrawn() {
        let tabs = TabsBar(titles: ["One", "Two", "Three"], selected: 1)
        var buffer = Buffer(width: 30, height: 1)
        tabs.render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), [" One [Two] Three"])
        XCTAssertEqual(tabs.tab(atColumn: 1, in: buffer.area), 0)
        XCTAssertEqual(tabs.tab(atColumn: 5, in: buffer.area), 1)
        XCTAssertEqual(tabs.tab(atColumn: 12, in: buffer.area), 2)
        XCTAssertNil(tabs.tab(atColumn: 25, in: buffer.area))
        // Narrow: the first tabs give way to the selected one, behind an ellipsis.
        let narrow = TabsBar(titles: ["Overview", "Timeline", "Decisions"], selected: 2)
        var small = Buffer(width: 14, height: 1)
        narrow.render(in: small.area, buffer: &small)
        XCTAssertEqual(small.lines(), ["…[Decisions]"])
        XCTAssertNil(narrow.tab(atColumn: 0, in: small.area))
        XCTAssertEqual(narrow.tab(atColumn: 3, in: small.area), 2)
        XCTAssertEqual(narrow.tab(atColumn: 5, in: Rect(x: 2, y: 0, width: 14, height: 1)), 2, "columns count from the area")
    }

    func testTabsTakeTheirShortTitlesThenCloserSpacingBeforeAnyGivesWay() {
        let tabs = TabsBar(titles: ["0 Overview", "1 Merger tests", "2 Decisions"], shortTitles: ["0 Overview", "1 Tests", "2 Decide"],
                           selected: 1)
        func drawn(_ width: Int) -> String {
            var buffer = Buffer(width: width, height: 1)
            tabs.render(in: buffer.area, buffer: &buffer)
            return buffer.lines()[0]
        }
        XCTAssertEqual(drawn(41), " 0 Overview [1 Merger tests] 2 Decisions")
        XCTAssertEqual(drawn(32), " 0 Overview [1 Tests] 2 Decide")
        XCTAssertEqual(drawn(29), "0 Overview [1 Tests] 2 Decide")
        XCTAssertEqual(drawn(20), "…[1 Tests] 2 Decide")
        var buffer = Buffer(width: 29, height: 1)
        tabs.render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(tabs.tab(atColumn: 12, in: buffer.area), 1, "clicks find the tab where the compact bar draws it")
        XCTAssertEqual(tabs.tab(atColumn: 22, in: buffer.area), 2)
    }
}
