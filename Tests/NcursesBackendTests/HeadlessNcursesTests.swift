import XCTest
import TerminalToolkit
@testable import NcursesBackend

/// Draws through the real ncursesw backend on a screen that writes to /dev/null, and
/// reads curses' virtual screen back with mvwinnwstr.
final class HeadlessNcursesTests: XCTestCase {
    func testFrameWithPoundTickAndWideCharactersReadsBack() throws {
        let terminal = try NcursesTerminal.headless(width: 40, height: 10)
        defer { terminal.shutdown() }
        XCTAssertEqual(terminal.size, Size(width: 40, height: 10))
        XCTAssertTrue(terminal.isUTF8)

        var renderer = FrameRenderer()
        let frame = renderer.render(to: terminal) { buffer in
            buffer.write("£ ✓ 日本", x: 0, y: 0)
            buffer.write("café", x: 2, y: 1, style: Style(foreground: .red, attributes: .bold))
            StatusBar(left: ["review.json"], right: ["F1 Help"]).render(in: buffer.area.row(9), buffer: &buffer)
        }
        let lines = terminal.screenLines()
        XCTAssertEqual(lines.count, 10)
        XCTAssertEqual(lines[0], "£ ✓ 日本")
        XCTAssertEqual(lines[1], "  café")
        XCTAssertEqual(lines[9], " review.json" + String(repeating: " ", count: 20) + "F1 Help")
        XCTAssertEqual(Array(lines[2...8]), Array(repeating: "", count: 7))
        XCTAssertEqual(lines, frame.lines(), "curses holds exactly what the buffer held")
    }

    func testOnlyChangedCellsAreRedrawnAndOverwriteCleanly() throws {
        let terminal = try NcursesTerminal.headless(width: 20, height: 3)
        defer { terminal.shutdown() }
        var renderer = FrameRenderer()
        renderer.render(to: terminal) { $0.write("日本 total", x: 0, y: 0) }
        renderer.render(to: terminal) { $0.write("ab本 total", x: 0, y: 0) }
        XCTAssertEqual(renderer.lastFrameCellsSent, 2)
        XCTAssertEqual(terminal.screenLines()[0], "ab本 total")
    }

    func testTableFrameMatchesTheHeadlessBuffer() throws {
        let terminal = try NcursesTerminal.headless(width: 30, height: 4)
        defer { terminal.shutdown() }
        let rows = [["Fife", "£12.5"], ["Tayside", "£1,204.0"]]
        let table = Table(columns: [TableColumn("Board", minWidth: 8, maxWidth: 8), .numeric("Cost", maxWidth: 9)],
                          rowCount: rows.count, totals: ["Total", "£1,216.5"]) { rows[$0] }
        var renderer = FrameRenderer()
        let frame = renderer.render(to: terminal) {
            table.render(in: $0.area, buffer: &$0, state: TableState(rows: ListState(selected: 1)))
        }
        XCTAssertEqual(terminal.screenLines(), frame.lines())
        XCTAssertEqual(frame.lines(), ["Board        Cost", "Fife        £12.5", "Tayside  £1,204.0", "Total    £1,216.5"])
    }

    func testSecondTerminalIsRefusedWhileOneIsActive() throws {
        let terminal = try NcursesTerminal.headless(width: 10, height: 2)
        XCTAssertThrowsError(try NcursesTerminal.headless(width: 10, height: 2)) { error in
            XCTAssertEqual(error as? NcursesError, .alreadyActive)
        }
        terminal.shutdown()
        let again = try NcursesTerminal.headless(width: 10, height: 2)
        again.shutdown()
    }

    func testNoColorTurnsColoursOff() throws {
        let terminal = try NcursesTerminal.headless(width: 10, height: 2, environment: ["NO_COLOR": "1"])
        defer { terminal.shutdown() }
        XCTAssertEqual(terminal.colorSupport, .none)
    }

    func testColoursAreOnForAColourTerminal() throws {
        let terminal = try NcursesTerminal.headless(width: 10, height: 2)
        defer { terminal.shutdown() }
        XCTAssertEqual(terminal.colorSupport, .indexed256)
    }

    /// /dev/null as input makes every read fail at once, like a dropped SSH session:
    /// the run must end as if SIGHUP arrived, call the hook, and return 128 + 1.
    func testVanishedTerminalEndsTheRunAsAHangup() throws {
        TerminationSignals.reset()
        defer { TerminationSignals.reset() }
        let terminal = try NcursesTerminal.headless(width: 20, height: 3)
        var hookSignals: [Int32] = []
        terminal.onTerminate = { hookSignals.append($0) }
        var program = IdleProgram()
        let status = terminal.run(&program, readTimeoutMilliseconds: 200)
        XCTAssertEqual(status, 128 + SIGHUP)
        XCTAssertEqual(hookSignals, [SIGHUP])
        XCTAssertLessThan(program.ticks, 60, "the loop stopped instead of spinning")
        XCTAssertEqual(terminal.screenLines(), [], "the terminal was shut down")
    }
}

private struct IdleProgram: TerminalProgram {
    var ticks = 0

    mutating func handle(_ key: Key) -> LoopControl { .continue }

    func render(into buffer: inout Buffer) {
        buffer.write("idle", x: 0, y: 0)
    }

    mutating func tick() -> LoopControl {
        ticks += 1
        return .continue
    }
}
