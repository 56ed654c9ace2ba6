import XCTest
import CNcursesw
import TerminalToolkit
@testable import NcursesBackend

/// Runs the real start-up path on the controlling terminal. Skipped unless
/// MERGER_REVIEW_TTY_TESTS=1 and standard input and output are a terminal, e.g.:
///
///     swift build --build-tests
///     MERGER_REVIEW_TTY_TESTS=1 script -qec \
///       ".build/debug/merger-reviewPackageTests.xctest NcursesBackendTests.RealTerminalTests" /dev/null
///
/// (`swift test` pipes the test's output, so run the test bundle directly.)
final class RealTerminalTests: XCTestCase {
    func testSigtermRestoresTheTerminalAndReturns143() throws {
        let environment = ProcessInfo.processInfo.environment
        try XCTSkipUnless(environment["MERGER_REVIEW_TTY_TESTS"] == "1", "set MERGER_REVIEW_TTY_TESTS=1 to run")
        try XCTSkipUnless(isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1, "needs a terminal")

        var before = termios()
        XCTAssertEqual(tcgetattr(STDIN_FILENO, &before), 0)
        let terminal = try NcursesTerminal.start(environment: environment)
        var hookSignals: [Int32] = []
        terminal.onTerminate = { hookSignals.append($0) }
        var program = SignalOnTickProgram()
        let status = terminal.run(&program, readTimeoutMilliseconds: 50)

        var after = termios()
        XCTAssertEqual(tcgetattr(STDIN_FILENO, &after), 0)
        XCTAssertEqual(status, 128 + SIGTERM)
        XCTAssertEqual(hookSignals, [SIGTERM])
        XCTAssertEqual(before.c_lflag, after.c_lflag, "echo and canonical mode are back")
        XCTAssertEqual(before.c_iflag, after.c_iflag)
        XCTAssertEqual(program.frames, ["£ ✓ 日本"])
        TerminationSignals.reset()
    }
}

/// Draws one frame, then sends itself SIGTERM on the first idle tick.
private struct SignalOnTickProgram: TerminalProgram {
    var frames: [String] = []

    mutating func handle(_ key: Key) -> LoopControl { .continue }

    func render(into buffer: inout Buffer) {
        buffer.write("£ ✓ 日本", x: 0, y: 0)
    }

    mutating func tick() -> LoopControl {
        var probe = Buffer(width: 10, height: 1)
        render(into: &probe)
        frames.append(probe.line(0))
        raise(SIGTERM)
        return .continue
    }
}
