#if canImport(Glibc)
import Glibc
#endif
import ReviewApp
import ReviewGenerator
import ReviewModel
import ReviewStore
import TerminalToolkit

/// A running app on a terminal that only counts cells: each press is update + view + diff.
struct Session {
    var program: ReviewProgram
    var renderer = FrameRenderer()
    let backend: CountingBackend

    init(_ review: Review, path: String, size: Size = Size(width: 80, height: 24)) {
        program = Fixtures.program(review, path: path, size: size)
        backend = CountingBackend(size: size)
        program.terminalResized(to: size)
        var current = program
        renderer.render(to: backend) { current.render(into: &$0) }
        program = current
    }

    var state: AppState { program.state }

    /// Handles a key and draws the frame; returns the time taken in nanoseconds.
    @discardableResult
    mutating func press(_ key: Key) -> UInt64 {
        let start = Clock.nanoseconds()
        _ = program.handle(key)
        var current = program
        renderer.render(to: backend) { current.render(into: &$0) }
        program = current
        return Clock.nanoseconds() - start
    }

    mutating func press(_ keys: [Key]) {
        for key in keys { press(key) }
    }

    mutating func type(_ text: String) {
        for character in text { press(.char(character)) }
    }
}
