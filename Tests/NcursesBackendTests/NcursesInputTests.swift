import XCTest
import CNcursesw
import TerminalToolkit
@testable import NcursesBackend

final class NcursesInputTests: XCTestCase {
    private func character(_ code: UInt32) -> Key? {
        NcursesKeyDecoder.key(status: OK, code: code)
    }

    private func function(_ code: Int32) -> Key? {
        NcursesKeyDecoder.key(status: KEY_CODE_YES, code: UInt32(code))
    }

    func testCharactersAndControlCodes() {
        XCTAssertEqual(character(0x71), .char("q"))
        XCTAssertEqual(character(0xA3), .char("£"))
        XCTAssertEqual(character(0x65E5), .char("日"))
        XCTAssertEqual(character(1), .ctrl("a"))
        XCTAssertEqual(character(3), .ctrl("c"), "raw mode: Ctrl-C is a key")
        XCTAssertEqual(character(19), .ctrl("s"))
        XCTAssertEqual(character(17), .ctrl("q"))
        XCTAssertEqual(character(9), .tab)
        XCTAssertEqual(character(10), .enter)
        XCTAssertEqual(character(13), .enter)
        XCTAssertEqual(character(27), .escape)
        XCTAssertEqual(character(127), .backspace)
        XCTAssertEqual(character(8), .backspace)
        XCTAssertEqual(character(0x9B), .unknown, "C1 controls never become characters")
        XCTAssertNil(NcursesKeyDecoder.key(status: ERR, code: 0))
    }

    func testFunctionKeyCodes() {
        XCTAssertEqual(function(KEY_UP), .up)
        XCTAssertEqual(function(KEY_DOWN), .down)
        XCTAssertEqual(function(KEY_LEFT), .left)
        XCTAssertEqual(function(KEY_RIGHT), .right)
        XCTAssertEqual(function(KEY_HOME), .home)
        XCTAssertEqual(function(KEY_END), .end)
        XCTAssertEqual(function(KEY_PPAGE), .pageUp)
        XCTAssertEqual(function(KEY_NPAGE), .pageDown)
        XCTAssertEqual(function(KEY_BTAB), .backTab)
        XCTAssertEqual(function(KEY_ENTER), .enter)
        XCTAssertEqual(function(KEY_BACKSPACE), .backspace)
        XCTAssertEqual(function(KEY_DC), .delete)
        XCTAssertEqual(function(KEY_IC), .insert)
        XCTAssertEqual(function(KEY_RESIZE), .resize)
        XCTAssertEqual(function(shim_key_f(1)), .function(1))
        XCTAssertEqual(function(shim_key_f(12)), .function(12))
        XCTAssertEqual(function(shim_key_f(13)), .unknown)
        XCTAssertEqual(function(KEY_MOUSE), .unknown)
    }

    func testCtrlAndAltArrowsAndAltLettersHaveTheirOwnCodes() throws {
        func code(_ sequence: String) throws -> Int32 {
            try XCTUnwrap(TerminalModes.modifiedKeys.first { $0.sequence == sequence }?.code, sequence)
        }
        XCTAssertEqual(function(try code("\u{1B}[1;5D")), .modified(.left, .ctrl))
        XCTAssertEqual(function(try code("\u{1B}[1;3C")), .modified(.right, .alt))
        XCTAssertEqual(function(try code("\u{1B}[1;5H")), .modified(.home, .ctrl))
        XCTAssertEqual(function(try code("\u{1B}b")), .modified(.char("b"), .alt))
        XCTAssertEqual(Set(TerminalModes.modifiedKeys.map(\.code)).count, TerminalModes.modifiedKeys.count, "one code per key")
        XCTAssertFalse(TerminalModes.modifiedKeys.contains { $0.code == TerminalModes.pasteStartCode || $0.code == TerminalModes.pasteEndCode })
    }

    func testHangupNeedsManyImmediateFailuresInARow() {
        var detector = HangupDetector()
        for _ in 0..<49 {
            XCTAssertFalse(detector.record(readFailed: true, elapsedMilliseconds: 0, timeoutMilliseconds: 250))
        }
        XCTAssertTrue(detector.record(readFailed: true, elapsedMilliseconds: 1, timeoutMilliseconds: 250))
    }

    func testTimeoutsAndKeysResetTheHangupCount() {
        var detector = HangupDetector()
        for _ in 0..<49 { _ = detector.record(readFailed: true, elapsedMilliseconds: 0, timeoutMilliseconds: 250) }
        XCTAssertFalse(detector.record(readFailed: true, elapsedMilliseconds: 250, timeoutMilliseconds: 250),
                       "a read that waited its timeout is an idle terminal, not a vanished one")
        XCTAssertEqual(detector.consecutiveImmediateFailures, 0)
        for _ in 0..<49 { _ = detector.record(readFailed: true, elapsedMilliseconds: 0, timeoutMilliseconds: 250) }
        XCTAssertFalse(detector.record(readFailed: false, elapsedMilliseconds: 0, timeoutMilliseconds: 250))
        XCTAssertEqual(detector.consecutiveImmediateFailures, 0)
    }

    func testTerminationSignalsOnlySetAFlag() {
        TerminationSignals.install()
        defer {
            TerminationSignals.uninstall()
            TerminationSignals.reset()
        }
        XCTAssertNil(TerminationSignals.pending)
        raise(SIGTERM)
        XCTAssertEqual(TerminationSignals.pending, SIGTERM, "the process survived and recorded the signal")
        raise(SIGHUP)
        XCTAssertEqual(TerminationSignals.pending, SIGHUP)
    }

    func testLocaleIsUTF8AfterConfiguring() {
        XCTAssertTrue(TerminalLocale.configure())
        XCTAssertTrue(TerminalLocale.isUTF8)
    }
}

/// The mouse as curses reports it: clicks, double clicks and the wheel at a cell.
final class NcursesMouseTests: XCTestCase {
    func testMouseReportsBecomeMouseKeys() {
        XCTAssertEqual(NcursesKeyDecoder.mouse(kind: 1, x: 12, y: 3), .mouse(MouseEvent(.click, x: 12, y: 3)))
        XCTAssertEqual(NcursesKeyDecoder.mouse(kind: 2, x: 0, y: 0), .mouse(MouseEvent(.doubleClick, x: 0, y: 0)))
        XCTAssertEqual(NcursesKeyDecoder.mouse(kind: 3, x: 5, y: 9), .mouse(MouseEvent(.wheelUp, x: 5, y: 9)))
        XCTAssertEqual(NcursesKeyDecoder.mouse(kind: 4, x: 5, y: 9), .mouse(MouseEvent(.wheelDown, x: 5, y: 9)))
        XCTAssertEqual(NcursesKeyDecoder.mouse(kind: 0, x: 5, y: 9), .unknown, "other buttons")
        XCTAssertEqual(NcursesKeyDecoder.mouse(kind: 1, x: -1, y: 9), .unknown)
    }

    func testAMouseEventCursesQueuesIsReadAsAMouseKey() throws {
        let terminal = try NcursesTerminal.headless(width: 80, height: 24, mouse: true)
        defer { terminal.shutdown() }
        XCTAssertEqual(shim_unget_mouse(12, 3, 2), OK)
        XCTAssertEqual(terminal.readPendingKey(), .mouse(MouseEvent(.doubleClick, x: 12, y: 3)))
        XCTAssertEqual(shim_unget_mouse(40, 20, 4), OK)
        XCTAssertEqual(terminal.readPendingKey(), .mouse(MouseEvent(.wheelDown, x: 40, y: 20)))
    }
}
