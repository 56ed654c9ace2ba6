import XCTest
import TerminalToolkit
import TerminalTestSupport

final class FrameRendererTests: XCTestCase {
    private func drawRows(_ rows: [String]) -> (inout Buffer) -> Void {
        { buffer in
            for (y, row) in rows.enumerated() { buffer.write(row, x: 0, y: y) }
        }
    }

    func testFirstFrameIsAFullRepaint() {
        let backend = HeadlessBackend(width: 10, height: 3)
        var renderer = FrameRenderer()
        renderer.render(to: backend, draw: drawRows(["alpha", "beta", "gamma"]))
        XCTAssertEqual(renderer.lastFrameCellsSent, 30)
        XCTAssertEqual(backend.clearCount, 1)
        XCTAssertEqual(backend.lines(), ["alpha", "beta", "gamma"])
    }

    func testChangingOneRowSendsOnlyItsChangedCells() {
        let backend = HeadlessBackend(width: 10, height: 3)
        var renderer = FrameRenderer()
        renderer.render(to: backend, draw: drawRows(["alpha", "beta", "gamma"]))
        let cellsBefore = backend.cellsDrawn
        renderer.render(to: backend, draw: drawRows(["alpha", "bETa", "gamma"]))
        XCTAssertEqual(renderer.lastFrameCellsSent, 2)
        XCTAssertEqual(backend.cellsDrawn - cellsBefore, 2)
        XCTAssertEqual(backend.clearCount, 1)
        XCTAssertEqual(backend.lines(), ["alpha", "bETa", "gamma"])
    }

    func testUnchangedFrameSendsNothing() {
        let backend = HeadlessBackend(width: 10, height: 3)
        var renderer = FrameRenderer()
        renderer.render(to: backend, draw: drawRows(["same"]))
        renderer.render(to: backend, draw: drawRows(["same"]))
        XCTAssertEqual(renderer.lastFrameCellsSent, 0)
    }

    func testStyleChangeAloneIsSent() {
        let backend = HeadlessBackend(width: 4, height: 1)
        var renderer = FrameRenderer()
        renderer.render(to: backend) { $0.write("ab", x: 0, y: 0) }
        renderer.render(to: backend) { $0.write("ab", x: 0, y: 0, style: .bold) }
        XCTAssertEqual(renderer.lastFrameCellsSent, 2)
        XCTAssertEqual(backend.flushedScreen[1, 0].style, .bold)
    }

    func testInvalidateRepaintsEverything() {
        let backend = HeadlessBackend(width: 10, height: 3)
        var renderer = FrameRenderer()
        renderer.render(to: backend, draw: drawRows(["alpha"]))
        renderer.invalidate()
        renderer.render(to: backend, draw: drawRows(["alpha"]))
        XCTAssertEqual(renderer.lastFrameCellsSent, 30)
        XCTAssertEqual(backend.clearCount, 2)
        XCTAssertEqual(renderer.fullRepaints, 2)
    }

    func testResizeRepaintsEverything() {
        let backend = HeadlessBackend(width: 10, height: 3)
        var renderer = FrameRenderer()
        renderer.render(to: backend, draw: drawRows(["alpha"]))
        backend.resize(width: 6, height: 2)
        renderer.render(to: backend, draw: drawRows(["alpha"]))
        XCTAssertEqual(renderer.lastFrameCellsSent, 12)
        XCTAssertEqual(backend.lines(), ["alpha", ""])
    }

    func testChangedWideCharacterIsSentWithItsContinuation() {
        let backend = HeadlessBackend(width: 6, height: 1)
        var renderer = FrameRenderer()
        renderer.render(to: backend) { $0.write("ab日", x: 0, y: 0) }
        renderer.render(to: backend) { $0.write("ab本", x: 0, y: 0) }
        XCTAssertEqual(renderer.lastFrameCellsSent, 2)
        renderer.render(to: backend) { $0.write("abxy", x: 0, y: 0) }
        XCTAssertEqual(renderer.lastFrameCellsSent, 2)
        XCTAssertEqual(backend.lines(), ["abxy"])
        renderer.render(to: backend) { $0.write("a日y", x: 0, y: 0) }
        XCTAssertEqual(backend.lines(), ["a日y"])
    }

    func testCursorPositionIsPassedToTheBackend() {
        let backend = HeadlessBackend(width: 10, height: 1)
        var renderer = FrameRenderer()
        renderer.render(to: backend) { TextInput("abc").render(in: $0.area, buffer: &$0) }
        XCTAssertEqual(backend.cursor, Point(x: 3, y: 0))
        renderer.render(to: backend) { _ in }
        XCTAssertNil(backend.cursor)
    }
}
