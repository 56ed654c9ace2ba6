import XCTest
import SnapshotAssertions
import TerminalToolkit

/// The styled snapshot format: text lines, then one line per run of non-plain cells.
final class StyledSnapshotFormatTests: XCTestCase {
    func testRunsNameRowColumnsAndStyle() {
        var buffer = Buffer(width: 8, height: 2)
        buffer.write("ab", x: 0, y: 0, style: Style(foreground: .red, attributes: .bold))
        buffer.write("cd", x: 2, y: 0)
        buffer.fill(Rect(x: 3, y: 1, width: 5, height: 1), style: Style(foreground: .cyan, background: .indexed(17), attributes: .reverse))
        XCTAssertEqual(StyledSnapshot.text(of: buffer, theme: "colour"), """
            abcd

            --- styles (colour theme)
            row 0 cols 0-1: fg red bold
            row 1 cols 3-7: fg cyan bg colour17 reverse

            """)
    }

    func testALostHighlightChangesTheSnapshot() {
        var highlighted = Buffer(width: 4, height: 1)
        highlighted.write("> a", x: 0, y: 0, style: .reverse)
        var plain = Buffer(width: 4, height: 1)
        plain.write("> a", x: 0, y: 0)
        XCTAssertEqual(highlighted.lines(), plain.lines())
        XCTAssertNotEqual(StyledSnapshot.text(of: highlighted, theme: "t"), StyledSnapshot.text(of: plain, theme: "t"))
    }
}
