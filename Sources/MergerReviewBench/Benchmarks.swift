#if canImport(Glibc)
import Glibc
#endif
import ReviewApp
import ReviewGenerator
import ReviewModel
import ReviewStore
import TerminalToolkit

/// One line of results: what was measured, how often, and the percentiles.
struct Result {
    var name: String
    var samples: Samples
    var note: String = ""

    func line(nameWidth: Int = 34) -> String {
        Format.padded(name, nameWidth) + Format.padded(Format.milliseconds(samples.p50), 12, right: true)
            + Format.padded(Format.milliseconds(samples.p99), 12, right: true)
            + Format.padded(Format.milliseconds(samples.max), 12, right: true)
            + Format.padded(String(samples.count), 7, right: true) + (note.isEmpty ? "" : "  " + note)
    }

    static func header(nameWidth: Int = 34) -> String {
        Format.padded("", nameWidth) + Format.padded("p50", 12, right: true) + Format.padded("p99", 12, right: true)
            + Format.padded("max", 12, right: true) + Format.padded("runs", 7, right: true)
    }
}

/// How many times to repeat the slow things at each size.
struct Repeats {
    var load: Int
    var keys: Int
    var save: Int

    static func forItems(_ items: Int, quick: Bool) -> Repeats {
        let scale = quick ? 5 : 1
        switch items {
        case ..<1_000: return Repeats(load: 200 / scale, keys: 2_000 / scale, save: 50 / scale)
        case ..<20_000: return Repeats(load: 30 / scale, keys: 1_000 / scale, save: 15 / scale)
        default: return Repeats(load: max(3, 10 / scale), keys: 1_000 / scale, save: max(3, 8 / scale))
        }
    }
}

// MARK: - Load and first frame

enum LoadBenchmark {
    /// Read + check the syntax + build the model + validate, each alone and together, and load to the first frame.
    static func run(_ fixture: Fixture, repeats: Repeats) throws(BenchError) -> [Result] {
        guard let bytes = Files.readAll(fixture.path) else { throw BenchError("\(fixture.path): cannot read") }
        var results: [Result] = []
        results.append(Result(name: "check JSON syntax", samples: measure(iterations: repeats.load) {
            _ = try? JSONParser.validate(bytes)
        }, note: "the first step of a load"))
        results.append(Result(name: "parse + build model + validate", samples: measure(iterations: repeats.load) {
            _ = try? ReviewCodec.decode(bytes, path: fixture.path)
        }))
        results.append(Result(name: "validate alone", samples: measure(iterations: repeats.load) {
            _ = Validation.validate(fixture.review)
        }))
        results.append(Result(name: "load (read file + all of the above)", samples: measure(iterations: repeats.load) {
            _ = try? ReviewStore().load(fixture.path)
        }))
        results.append(Result(name: "app state (derived figures)", samples: measure(iterations: repeats.load) {
            _ = AppState(review: fixture.review, filePath: fixture.path, today: Fixtures.today)
        }))
        let state = AppState(review: fixture.review, filePath: fixture.path, today: Fixtures.today)
        results.append(Result(name: "first frame view (80x24)", samples: measure(iterations: repeats.load) {
            var buffer = Buffer(width: 80, height: 24)
            AppView.render(state, into: &buffer)
        }))
        results.append(Result(name: "load to first frame (80x24)", samples: measure(iterations: repeats.load) {
            _ = firstFrame(fixture.path)
        }))
        return results
    }

    /// What `merger-review --first-frame-exit FILE` does, in process.
    @discardableResult
    static func firstFrame(_ path: String) -> String? {
        guard let loaded = try? ReviewStore().load(path) else { return nil }
        let state = AppState(review: loaded.review, filePath: path, today: Fixtures.today)
        var buffer = Buffer(width: 80, height: 24)
        AppView.render(state, into: &buffer)
        return buffer.line(0)
    }
}

// MARK: - Keystrokes

/// A running app on a terminal that only counts cells: each press is update + view + diff.
struct Session {
    var program: ReviewProgram
    var renderer = FrameRenderer()
    let backend: CountingBackend

    init(_ review: Review, path: String, size: Size = Size(width: 80, height: 24)) {
        program = Fixtures.program(review, path: path, size: size)
        backend = CountingBackend(size: size)
        program.terminalResized(to: size)
        let current = program
        renderer.render(to: backend) { current.render(into: &$0) }
    }

    var state: AppState { program.state }

    /// Handles a key and draws the frame; returns the time taken in nanoseconds.
    @discardableResult
    mutating func press(_ key: Key) -> UInt64 {
        let start = Clock.nanoseconds()
        _ = program.handle(key)
        let current = program
        renderer.render(to: backend) { current.render(into: &$0) }
        return Clock.nanoseconds() - start
    }

    mutating func press(_ keys: [Key]) {
        for key in keys { press(key) }
    }

    mutating func type(_ text: String) {
        for character in text { press(.char(character)) }
    }
}

enum KeystrokeBenchmark {
    struct Outcome {
        var results: [Result]
        /// Full repaints after the first frame, over every scenario (should be 0).
        var extraFullRepaints: Int
    }

    static let scenarioNames = [
        "move down", "page down", "switch pane", "search next", "accept an edit", "set RAG", "move down (tests)",
        "move down (actions)", "move down (budgets)", "run a search",
    ]

    static func run(_ fixture: Fixture, repeats: Repeats, only: String? = nil) -> Outcome {
        var results: [Result] = []
        var extraRepaints = 0
        func wanted(_ name: String) -> Bool { only.map { name.hasPrefix($0) } ?? true }

        func bounce(_ name: String, setup: [Key], forward: Key, backward: Key) {
            guard wanted(name) else { return }
            var session = Session(fixture.review, path: fixture.path)
            session.press(setup)
            var key = forward
            var maxCells = 0
            let samples = measure(iterations: repeats.keys, budgetSeconds: 30) {
                let before = session.state.selectedItem
                session.press(key)
                maxCells = max(maxCells, session.renderer.lastFrameCellsSent)
                if session.state.selectedItem == before { key = key == forward ? backward : forward }
            }
            extraRepaints += session.renderer.fullRepaints - 1
            results.append(Result(name: name, samples: samples, note: "cells sent ≤ \(maxCells)"))
        }

        bounce("move down", setup: [], forward: .down, backward: .up)
        bounce("page down", setup: [], forward: .pageDown, backward: .pageUp)

        if wanted("switch pane") {
            var session = Session(fixture.review, path: fixture.path)
            var maxCells = 0
            let samples = measure(iterations: repeats.keys, budgetSeconds: 30) {
                session.press(.tab)
                maxCells = max(maxCells, session.renderer.lastFrameCellsSent)
            }
            extraRepaints += session.renderer.fullRepaints - 1
            results.append(Result(name: "switch pane (Tab, all five)", samples: samples, note: "cells sent ≤ \(maxCells)"))
        }

        if wanted("search next") || wanted("run a search") {
            var session = Session(fixture.review, path: fixture.path)
            let searchSamples = measure(iterations: max(5, repeats.keys / 50), budgetSeconds: 20) {
                session.press(.char("/"))
                session.type(ReviewGenerator.searchWord)
                session.press(.enter)
            }
            if wanted("run a search") {
                results.append(Result(name: "run a search (/\(ReviewGenerator.searchWord) + type + Enter)",
                                      samples: searchSamples, note: "\(session.state.search.hits.count) hits; whole sequence"))
            }
            if wanted("search next") {
                let samples = measure(iterations: repeats.keys, budgetSeconds: 30) { session.press(.char("n")) }
                results.append(Result(name: "search next (n)", samples: samples))
            }
            extraRepaints += session.renderer.fullRepaints - 1
        }

        if wanted("accept an edit") {
            // Timeline: e opens the editor on the selected milestone's title, a letter replaces it,
            // Enter accepts. Edits pile up in the undo history as in a meeting; every 32 edits the
            // session starts afresh (untimed) so the history's memory stays bounded.
            var session = Session(fixture.review, path: fixture.path)
            var open = Samples(), typing = Samples(), accept = Samples(), undo = Samples()
            let letters = Array("abcdefghijklmnopqrstuvwxyz")
            var deadline = Clock.nanoseconds() + 40_000_000_000
            for i in 0..<(repeats.keys + 1) {
                if i > 0 && i % 32 == 0 {
                    extraRepaints += session.renderer.fullRepaints - 1
                    session = Session(fixture.review, path: fixture.path)
                }
                let o = session.press(.char("e"))
                let t = session.press(.char(letters[i % letters.count]))
                let a = session.press(.enter)
                if i == 0 { continue }
                open.add(o); typing.add(t); accept.add(a)
                if i >= 5 && Clock.nanoseconds() > deadline { break }
            }
            extraRepaints += session.renderer.fullRepaints - 1
            // Undo: an edit (untimed), then u (timed).
            session = Session(fixture.review, path: fixture.path)
            deadline = Clock.nanoseconds() + 30_000_000_000
            for i in 0..<(repeats.keys + 1) {
                session.press([.char("e"), .char(letters[i % letters.count]), .enter])
                let u = session.press(.char("u"))
                if i == 0 { continue }
                undo.add(u)
                if i >= 5 && Clock.nanoseconds() > deadline { break }
            }
            extraRepaints += session.renderer.fullRepaints - 1
            results.append(Result(name: "open editor (e)", samples: open))
            results.append(Result(name: "type in editor", samples: typing))
            results.append(Result(name: "accept an edit (Enter)", samples: accept, note: "milestone title"))
            results.append(Result(name: "undo (u)", samples: undo))
        }

        if wanted("set RAG") {
            // Tests pane: r sets the selected test's RAG to red (timed), u undoes it (untimed).
            var session = Session(fixture.review, path: fixture.path)
            session.press(.char("2"))
            var samples = Samples()
            let deadline = Clock.nanoseconds() + 30_000_000_000
            for i in 0..<(repeats.keys + 1) {
                let time = session.press(.char(session.state.review.mergerTests[0].rag == .red ? "g" : "r"))
                session.press(.char("u"))
                if i == 0 { continue }
                samples.add(time)
                if i >= 5 && Clock.nanoseconds() > deadline { break }
            }
            extraRepaints += session.renderer.fullRepaints - 1
            results.append(Result(name: "set RAG (tests pane, r/g)", samples: samples))
        }

        bounce("move down (tests)", setup: [.char("2")], forward: .down, backward: .up)
        bounce("move down (actions)", setup: [.char("5"), .right], forward: .down, backward: .up)
        bounce("move down (budgets)", setup: [.char("4")], forward: .down, backward: .up)
        return Outcome(results: results, extraFullRepaints: extraRepaints)
    }
}

// MARK: - Saving

enum SaveBenchmark {
    struct Outcome {
        var results: [Result]
        var bytesWritten: Int
    }

    /// ^S after one edit: the audit-trail diff, encoding, and the durable write (fsync, rename,
    /// directory fsync, FILE.bak), alone and together.
    static func run(_ fixture: Fixture, repeats: Repeats, directory: String) throws(BenchError) -> Outcome {
        var session = Session(fixture.review, path: fixture.path)
        session.press([.char("e"), .char("x"), .enter])
        let state = session.state
        let target = "\(directory)/save-\(fixture.name.lowercased()).json"
        let writer = DurableWriter(fileSystem: PosixFileSystem())
        var results: [Result] = []
        var failure: String?
        results.append(Result(name: "audit-trail diff", samples: measure(iterations: repeats.save) {
            _ = AuditTrail.recording(state, at: "2021-07-01T10:00:00Z")
        }))
        let review = AuditTrail.recording(state, at: "2021-07-01T10:00:00Z")
        results.append(Result(name: "encode (JSON text)", samples: measure(iterations: repeats.save) {
            _ = ReviewCodec.encode(review)
        }))
        let bytes = ReviewCodec.encode(review)
        results.append(Result(name: "durable write (fsync + rename)", samples: measure(iterations: repeats.save) {
            do { try writer.write(bytes, to: target) } catch { failure = "\(error)" }
        }))
        results.append(Result(name: "durable save (diff+encode+write)", samples: measure(iterations: repeats.save) {
            let recorded = AuditTrail.recording(state, at: "2021-07-01T10:00:00Z")
            do { try ReviewStore().save(recorded, to: target) } catch { failure = "\(error)" }
        }, note: "what ^S does in ReviewStore"))
        if let failure { throw BenchError("saving \(target): \(failure)") }
        Files.remove(target)
        Files.remove(DurableWriter.backupPath(for: target))
        return Outcome(results: results, bytesWritten: bytes.count)
    }
}
