import XCTest
import TerminalToolkit
import TerminalTestSupport

/// A counter program: Up/Down change the count, q quits with the count as exit code.
private struct CounterProgram: TerminalProgram {
    var count = 0
    var ticks = 0
    var keysSeen: [Key] = []
    var sizes: [Size] = []

    mutating func handle(_ key: Key) -> LoopControl {
        keysSeen.append(key)
        switch key {
        case .up: count += 1
        case .down: count -= 1
        case .char("q"): return .quit(exitCode: Int32(count))
        case .ctrl("z"): return .suspend
        default: break
        }
        return .continue
    }

    func render(into buffer: inout Buffer) {
        buffer.write("Count: \(count)", x: 0, y: 0)
        StatusBar(left: ["\(buffer.width)x\(buffer.height)"], style: .plain)
            .render(in: buffer.area.row(buffer.height - 1), buffer: &buffer)
    }

    mutating func tick() -> LoopControl {
        ticks += 1
        return .continue
    }

    mutating func terminalResized(to size: Size) {
        sizes.append(size)
    }
}

final class TerminalLoopTests: XCTestCase {
    func testKeysThatArriveTogetherAreAllHandledBeforeOneFrame() {
        let backend = HeadlessBackend(width: 20, height: 3, keys: [.up])
        backend.queueBurst(Array(repeating: .up, count: 300) + [.ctrl("l"), .down])
        var program = CounterProgram()
        XCTAssertNil(backend.run(&program))
        XCTAssertEqual(program.count, 300)
        XCTAssertEqual(backend.flushCount, 3, "the first frame, one for the single key, one for the burst")
        XCTAssertFalse(program.keysSeen.contains(.ctrl("l")), "the redraw key in a burst is the loop's")
        XCTAssertEqual(backend.clearCount, 2, "the redraw key repaints the frame after the burst in full")
        XCTAssertEqual(backend.lines().first, "Count: 300")
    }

    func testSuspendHandsTheTerminalBackAndRepaintsInFull() {
        let backend = HeadlessBackend(width: 20, height: 3, keys: [.up, .ctrl("z"), .up])
        var program = CounterProgram()
        XCTAssertNil(backend.run(&program))
        XCTAssertEqual(backend.suspendCount, 1)
        XCTAssertEqual(backend.clearCount, 2, "the frame after the process continues is a full repaint")
        XCTAssertEqual(backend.lines().first, "Count: 2")
    }

    func testScriptedKeysDriveTheProgramUntilItQuits() {
        let backend = HeadlessBackend(width: 20, height: 3, keys: [.up, .up, .up, .down, .char("q"), .up])
        var program = CounterProgram()
        var loop = TerminalLoop(backend: backend)
        XCTAssertEqual(loop.run(&program), .quit(exitCode: 2))
        XCTAssertEqual(program.count, 2)
        XCTAssertEqual(backend.pendingKeys, [.up], "keys after quit are not read")
        XCTAssertEqual(backend.lines(), ["Count: 2", "", " 20x3"], "the last frame drawn was before q")
    }

    func testHeadlessRunStopsWhenTheScriptRunsOut() {
        let backend = HeadlessBackend(width: 20, height: 2, keys: [.up, .up, .down])
        var program = CounterProgram()
        XCTAssertNil(backend.run(&program))
        XCTAssertEqual(backend.lines(), ["Count: 1", " 20x2"])
        backend.pendingKeys = [.char("q")]
        XCTAssertEqual(backend.run(&program), .quit(exitCode: 1))
    }

    func testStopSignalEndsTheLoopWithItsStatus() {
        let backend = HeadlessBackend(width: 20, height: 3, keys: [.up, .up])
        var program = CounterProgram()
        var loop = TerminalLoop(backend: backend, shouldStop: { backend.isOutOfKeys ? 15 : nil })
        let exit = loop.run(&program)
        XCTAssertEqual(exit, .stopped(signal: 15))
        XCTAssertEqual(exit.exitStatus, 143)
        XCTAssertEqual(backend.lines().first, "Count: 2", "every key was drawn before stopping")
    }

    func testIdleReadsCallTick() {
        let backend = HeadlessBackend(width: 20, height: 3)
        var program = CounterProgram()
        var reads = 0
        var loop = TerminalLoop(backend: backend, shouldStop: {
            reads += 1
            return reads > 3 ? 1 : nil
        })
        _ = loop.run(&program)
        XCTAssertEqual(program.ticks, 3)
    }

    func testResizeTellsTheProgramAndRepaints() {
        let backend = HeadlessBackend(width: 20, height: 3, keys: [.up])
        var program = CounterProgram()
        var loop = TerminalLoop(backend: backend, shouldStop: { backend.isOutOfKeys ? 1 : nil })
        _ = loop.run(&program)
        backend.resize(width: 12, height: 2)
        _ = loop.run(&program)
        XCTAssertEqual(program.sizes, [Size(width: 20, height: 3), Size(width: 12, height: 2), Size(width: 12, height: 2)])
        XCTAssertTrue(program.keysSeen.contains(.resize))
        XCTAssertEqual(backend.lines(), ["Count: 1", " 12x2"])
    }

    func testControlLRepaintsWithoutReachingTheProgram() {
        let backend = HeadlessBackend(width: 20, height: 3, keys: [.up, .ctrl("l")])
        var program = CounterProgram()
        var loop = TerminalLoop(backend: backend, shouldStop: { backend.isOutOfKeys ? 1 : nil })
        _ = loop.run(&program)
        XCTAssertEqual(program.keysSeen, [.up])
        XCTAssertEqual(loop.renderer.fullRepaints, 2)
        XCTAssertEqual(loop.renderer.lastFrameCellsSent, 60)
        XCTAssertEqual(backend.clearCount, 2)
    }
}
