import Foundation
import XCTest

/// The mouse through the real binary in tmux. The app asks the terminal for mouse reports
/// (tmux's pane flags show it), and a click arrives as the SGR (1006) report a terminal sends
/// (`ESC [ < 0 ; column ; row M`, then `m` on release), typed into the pane with
/// `send-keys -l`: tmux's own mouse cannot be driven from a script without a client.
final class MouseEndToEndTests: XCTestCase {
    private func flags(_ session: TmuxSession) throws -> String {
        try session.tmux(["display-message", "-p", "#{mouse_standard_flag} #{mouse_sgr_flag}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A press and release of the first button at a cell (0-based), as an SGR report.
    private func click(_ x: Int, _ y: Int) -> String {
        "\u{1B}[<0;\(x + 1);\(y + 1)M\u{1B}[<0;\(x + 1);\(y + 1)m"
    }

    func testAClickOnATabShowsItsPaneAndNoMouseLeavesTheMouseToTheTerminal() throws {
        let session = try TmuxSession(arguments: [try BinaryRunner.copyOfFixture("lancashire-south-cumbria").path])
        session.waitFor(text: "Next: Joint Committee…, 9 Jan 2020 (today)")
        XCTAssertEqual(try flags(session), "1 1", "the app asks for mouse reports, SGR encoded")
        let tabs = session.screen().split(separator: "\n", omittingEmptySubsequences: false)[2]
        let column = try XCTUnwrap(tabs.range(of: "2 Merger tests").map { tabs.distance(from: tabs.startIndex, to: $0.lowerBound) })
        try session.type(click(column + 2, 2))
        session.waitFor(text: "[2 Merger tests]")
        try session.send("q")
        XCTAssertEqual(session.waitForExit(), 0)

        let plain = try TmuxSession(arguments: ["--no-mouse", try BinaryRunner.copyOfFixture("lancashire-south-cumbria").path])
        plain.waitFor(text: "Next: Joint Committee…, 9 Jan 2020 (today)")
        XCTAssertEqual(try flags(plain), "0 0", "--no-mouse: the terminal keeps the mouse for its own selection")
        try plain.send("q")
        XCTAssertEqual(plain.waitForExit(), 0)
    }
}
