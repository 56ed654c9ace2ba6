#if canImport(Glibc)
import Glibc
#endif
import ReviewApp
import ReviewGenerator
import ReviewModel
import ReviewStore
import TerminalToolkit

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
