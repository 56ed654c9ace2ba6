#if canImport(Glibc)
import Glibc
#endif
import ReviewApp
import ReviewGenerator
import ReviewModel
import ReviewStore
import TerminalToolkit

/// A terminal that only counts what it is sent: the cost of update + view + diff without a tty.
final class CountingBackend: TerminalBackend {
    let size: Size
    private(set) var cellsDrawn = 0
    private(set) var clears = 0

    init(size: Size) { self.size = size }

    func draw(_ runs: [CellRun]) {
        for run in runs { cellsDrawn += run.cells.count }
    }

    func setCursor(_ position: Point?) {}
    func clear() { clears += 1 }
    func flush() {}
    func readKey(timeoutMilliseconds: Int) -> Key? { nil }
}
