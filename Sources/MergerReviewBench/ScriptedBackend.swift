#if canImport(Glibc)
import Glibc
#endif
import ReviewApp
import ReviewModel
import TerminalToolkit

/// A terminal whose input is scripted reads of keys; it records when the first key is read
/// and when the last frame is flushed.
final class ScriptedBackend: TerminalBackend {
    let size: Size
    private var reads: [[Key]]
    private var current: [Key] = []
    private var position = 0
    private var firstKeyAt: UInt64?
    private var lastFlushAt: UInt64?
    private(set) var flushesAfterFirstKey = 0

    init(size: Size, reads: [[Key]]) {
        self.size = size
        self.reads = reads
    }

    var isOutOfKeys: Bool { reads.isEmpty && position >= current.count }
    var elapsed: UInt64? { firstKeyAt.flatMap { start in lastFlushAt.map { $0 - start } } }

    func draw(_ runs: [CellRun]) {}
    func setCursor(_ position: Point?) {}
    func clear() {}

    func flush() {
        guard firstKeyAt != nil else { return }
        lastFlushAt = Clock.nanoseconds()
        flushesAfterFirstKey += 1
    }

    func readKey(timeoutMilliseconds: Int) -> Key? {
        if position >= current.count {
            guard !reads.isEmpty else { return nil }
            current = reads.removeFirst()
            position = 0
        }
        if firstKeyAt == nil { firstKeyAt = Clock.nanoseconds() }
        return readPendingKey()
    }

    func readPendingKey() -> Key? {
        guard position < current.count else { return nil }
        position += 1
        return current[position - 1]
    }
}
