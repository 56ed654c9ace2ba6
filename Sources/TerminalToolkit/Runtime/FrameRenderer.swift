/// Double buffering: each frame is drawn into a fresh `Buffer`, compared with the
/// previous frame, and only the changed cells are sent to the backend, grouped into
/// runs of adjacent cells. The first frame, a size change, and `invalidate()` (for
/// Ctrl-L) clear the screen and send every cell.
public struct FrameRenderer: Sendable {
    public private(set) var previous: Buffer?
    /// Cells sent by the last frame. This and the counts below are what the benchmark
    /// runner (`MergerReviewBench`) reports of a keystroke's output.
    public private(set) var lastFrameCellsSent = 0
    /// How many frames were full repaints.
    public private(set) var fullRepaints = 0

    public init() {}

    /// Forgets the previous frame so the next one repaints everything (Ctrl-L, or
    /// after something else wrote to the terminal).
    public mutating func invalidate() {
        previous = nil
    }

    /// Draws one frame: `draw` fills a blank buffer of the backend's size, then the
    /// changes are sent and flushed. Returns the buffer that was drawn.
    @discardableResult
    public mutating func render(to backend: some TerminalBackend, draw: (inout Buffer) -> Void) -> Buffer {
        var frame = Buffer(size: backend.size)
        draw(&frame)
        present(frame, to: backend)
        return frame
    }

    /// Sends a finished frame to the backend (the diff step of `render`).
    public mutating func present(_ frame: Buffer, to backend: some TerminalBackend) {
        let runs: [CellRun]
        if let previous, previous.size == frame.size {
            runs = FrameRenderer.changedRuns(from: previous, to: frame)
        } else {
            backend.clear()
            runs = FrameRenderer.allRuns(of: frame)
            fullRepaints += 1
        }
        let sent = runs.reduce(0) { $0 + $1.cells.count }
        if !runs.isEmpty { backend.draw(runs) }
        backend.setCursor(frame.cursorPosition)
        backend.flush()
        lastFrameCellsSent = sent
        previous = frame
    }

    /// Every row as one run.
    static func allRuns(of frame: Buffer) -> [CellRun] {
        (0..<frame.height).map { y in
            CellRun(x: 0, y: y, cells: Array(frame.cells[(y * frame.width)..<((y + 1) * frame.width)]))
        }
    }

    /// Runs of cells that differ between two frames of the same size. A changed wide
    /// grapheme takes its continuation cell along; a changed continuation brings its
    /// wide grapheme along (a backend can only draw the pair together).
    static func changedRuns(from old: Buffer, to new: Buffer) -> [CellRun] {
        var runs: [CellRun] = []
        let width = new.width
        let oldCells = old.cells
        let newCells = new.cells
        for y in 0..<new.height {
            let rowStart = y * width
            var x = 0
            while x < width {
                guard oldCells[rowStart + x] != newCells[rowStart + x] else {
                    x += 1
                    continue
                }
                var start = x
                if newCells[rowStart + start].isContinuation, start > 0 { start -= 1 }
                var end = x + 1
                while end < width, oldCells[rowStart + end] != newCells[rowStart + end] || newCells[rowStart + end].isContinuation {
                    end += 1
                }
                if let lastRun = runs.last, lastRun.y == y, lastRun.x + lastRun.cells.count > start {
                    start = lastRun.x + lastRun.cells.count
                }
                if start < end {
                    runs.append(CellRun(x: start, y: y, cells: Array(newCells[(rowStart + start)..<(rowStart + end)])))
                }
                x = end
            }
        }
        return runs
    }
}
