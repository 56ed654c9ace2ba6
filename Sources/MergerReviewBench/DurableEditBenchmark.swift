#if canImport(Glibc)
import Glibc
#endif
import ReviewApp
import ReviewModel
import ReviewStore

/// "Accept an edit → its journal record durable": from the moment the app hands an accepted
/// edit to the session to the moment the `fsync` covering its journal record returns, through
/// the real session, journal and file system. Beside it, the reference: one `fsync` of a 4 KB
/// append to a file in the same directory, which no journal record can beat.
enum DurableEditBenchmark {
    struct Outcome {
        var bySize: [(name: String, items: Int, samples: Samples)]
        var reference: Samples
    }

    static func run(sizes: [String], edits: Int, directory: String, seed: UInt64) throws(BenchError) -> Outcome {
        Files.makeDirectory(directory)
        var bySize: [(String, Int, Samples)] = []
        for size in sizes {
            progress("\(size): durable edits")
            let fixture = try Fixtures.make(size, directory: directory, seed: seed)
            bySize.append((size, fixture.items, try measureEdits(fixture, edits: edits)))
        }
        progress("fsync reference")
        return Outcome(bySize: bySize, reference: try fsyncReference(directory: directory, count: edits))
    }

    /// Each edit changes the title of one milestone, a different one each time across the whole
    /// list, as typing in the editor would; the session appends the edit and `fsync`s it.
    static func measureEdits(_ fixture: Fixture, edits: Int) throws(BenchError) -> Samples {
        let loaded: LoadedReview
        do { loaded = try ReviewStore().load(fixture.path) } catch { throw BenchError(error.description) }
        let clock = SessionClock(timestamp: { "2021-07-01T10:00:00Z" }, seconds: { Double(Clock.nanoseconds()) / 1e9 })
        let session = ReviewSession(path: fixture.path, loaded: loaded, fileSystem: PosixFileSystem(), clock: clock, user: "bench")
        defer {
            session.environment.clearRecovery()
            session.finish()
        }
        let environment = session.environment
        var review = loaded.review
        guard !review.milestones.isEmpty else { throw BenchError("\(fixture.name): no milestones to edit") }
        var samples = Samples()
        for i in 0..<(edits + 5) {
            let index = (i * 7_919) % review.milestones.count
            review.milestones[index].title = "Edited \(i)"
            let nanoseconds = Clock.time {
                environment.recordEdit(review, i + 1)
                _ = session.waitUntilJournalDurable()
            }
            if let problem = environment.journalProblem() { throw BenchError(problem) }
            // The first records create the journal (a rename and a directory fsync): a warm-up.
            if i >= 5 { samples.add(nanoseconds) }
        }
        return samples
    }

    /// write(2) of 4 KB at the end of a file, then fsync(2), timed together.
    static func fsyncReference(directory: String, count: Int) throws(BenchError) -> Samples {
        let path = "\(directory)/fsync-reference"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw BenchError("\(path): cannot create") }
        defer {
            _ = close(descriptor)
            unlink(path)
        }
        let block = [UInt8](repeating: 0x61, count: 4096)
        var samples = Samples()
        for i in 0..<(count + 5) {
            let nanoseconds = Clock.time {
                _ = block.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                _ = fsync(descriptor)
            }
            if i >= 5 { samples.add(nanoseconds) }
        }
        return samples
    }

    static func report(_ outcome: Outcome) {
        let reference = outcome.reference
        print("accept an edit -> journal record durable (\(reference.count) edits each)")
        print("  " + Format.padded("", 34) + Format.padded("p50", 12, right: true) + Format.padded("p99", 12, right: true)
              + Format.padded("p99 / fsync p99", 18, right: true))
        for (name, items, samples) in outcome.bySize {
            let ratio = Double(samples.p99) / Double(max(reference.p99, 1))
            print("  " + Format.padded("\(Format.grouped(items)) items (\(name))", 34)
                  + Format.padded(Format.milliseconds(samples.p50), 12, right: true)
                  + Format.padded(Format.milliseconds(samples.p99), 12, right: true)
                  + Format.padded(Format.fixed(ratio, places: 2) + "x", 18, right: true))
        }
        print("  " + Format.padded("fsync of a 4 KB append (reference)", 34)
              + Format.padded(Format.milliseconds(reference.p50), 12, right: true)
              + Format.padded(Format.milliseconds(reference.p99), 12, right: true))
        if let small = outcome.bySize.first, let large = outcome.bySize.last, outcome.bySize.count > 1 {
            let growth = Double(large.samples.p99) / Double(max(small.samples.p99, 1))
            print("  p99 at \(large.name) / p99 at \(small.name): \(Format.fixed(growth, places: 2))x")
        }
    }
}
