#if canImport(Glibc)
import Glibc
#endif
import ReviewApp
import ReviewModel
import TerminalToolkit

/// A paste into an open field through the real frame loop: from the read of the first key
/// to the flush of the frame that shows the whole paste. The terminal is scripted (reads of
/// keys) and only counts cells, so the figure is the app's: update, view and diff.
enum PasteBenchmark {
    /// 2,000 characters of prose with a line break every 80 and a tab every 200.
    static let text: String = {
        let words = "the joint committee approved the case for change subject to the engagement plan "
        var result = ""
        var index = words.startIndex
        while result.count < 2_000 {
            result.append(words[index])
            index = words.index(after: index)
            if index == words.endIndex { index = words.startIndex }
            if result.count % 200 == 199 { result.append("\t") } else if result.count % 80 == 79 { result.append("\n") }
        }
        return String(result.prefix(2_000))
    }()

    /// Keys that bring the selected milestone's Owner field up, emptied.
    static let openOwner: [Key] = [.char("1"), .char("e"), .tab, .tab, .tab, .tab, .ctrl("u")]

    static func run(_ fixture: Fixture, iterations: Int) -> [Result] {
        let keys = text.map { $0 == "\n" ? Key.enter : $0 == "\t" ? Key.tab : Key.char($0) }
        return [
            scenario("paste 2,000 chars (bracketed)", fixture, iterations: iterations, setup: openOwner, reads: [[.paste(text)]]),
            scenario("paste 2,000 chars (one burst)", fixture, iterations: iterations, setup: openOwner, reads: [keys]),
            scenario("200 Down in one burst", fixture, iterations: iterations, setup: [.char("1")],
                     reads: [Array(repeating: .down, count: 200)]),
        ]
    }

    static func scenario(_ name: String, _ fixture: Fixture, iterations: Int, setup: [Key], reads: [[Key]]) -> Result {
        var samples = Samples()
        var frames = 0
        var length = 0
        for iteration in 0..<(iterations + 1) {
            var program = Fixtures.program(fixture.review, path: fixture.path)
            for key in setup { _ = program.handle(key) }
            let backend = ScriptedBackend(size: Size(width: 80, height: 24), reads: reads)
            var loop = TerminalLoop(backend: backend, shouldStop: { backend.isOutOfKeys ? 0 : nil })
            _ = loop.run(&program)
            if case .editing(let editor) = program.state.mode { length = editor.input.text.count }
            frames = backend.flushesAfterFirstKey
            // The first run warms up.
            if iteration > 0, let elapsed = backend.elapsed { samples.add(elapsed) }
        }
        let note = length > 0 ? "\(frames) frame(s); the field holds \(length) characters" : "\(frames) frame(s)"
        return Result(name: name, samples: samples, note: note)
    }
}
