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
        /// The part the editing thread waits for, per size: the patch, its text, the write(2) and
        /// the hand-over to the fsync thread (which issues its fsync meanwhile).
        var appends: [Samples]
        var reference: Samples
    }

    static func run(sizes: [String], edits: Int, directory: String, seed: UInt64) throws(BenchError) -> Outcome {
        Files.makeDirectory(directory)
        var editors: [Editor] = []
        for size in sizes {
            progress("\(size): generate and open")
            editors.append(try Editor(try Fixtures.make(size, directory: directory, seed: seed)))
        }
        defer { for editor in editors { editor.close() } }
        let reference = try FsyncReference(directory: directory)
        defer { reference.close() }
        // Nothing waiting to be written back (the generated files would be flushed by the first
        // fsyncs), then the sizes and the reference in turn, edit by edit, so that every figure
        // sees the same disk: on a shared machine the cost of an fsync moves with other work.
        sync()
        progress("durable edits and the fsync reference, in turn")
        var samples = [Samples](repeating: Samples(), count: editors.count)
        var appends = samples
        var referenceSamples = Samples()
        for i in 0..<(edits + 5) {
            // Each in turn, starting with a different one each time: an fsync straight after
            // another waits for the file system's previous commit, and none should always be second.
            let turns = editors.count + 1
            for turn in 0..<turns {
                let index = (turn + i) % turns
                if index == editors.count {
                    let nanoseconds = reference.append()
                    if i >= 5 { referenceSamples.add(nanoseconds) }
                    continue
                }
                let (append, durable) = try editors[index].edit(i)
                // The first records create the journal (a rename and a directory fsync): a warm-up.
                if i >= 5 {
                    samples[index].add(durable)
                    appends[index].add(append)
                }
            }
        }
        return Outcome(bySize: zip(editors, samples).map { ($0.fixture.name, $0.fixture.items, $1) }, appends: appends,
                       reference: referenceSamples)
    }

    /// A session on a generated review; each edit changes the title of one milestone, a different
    /// one each time across the whole list, as typing in the editor would.
    final class Editor {
        let fixture: Fixture
        private let session: ReviewSession
        private let environment: AppEnvironment
        private var review: Review

        init(_ fixture: Fixture) throws(BenchError) {
            self.fixture = fixture
            let loaded: LoadedReview
            do { loaded = try ReviewStore().load(fixture.path) } catch { throw BenchError(error.description) }
            guard !loaded.review.milestones.isEmpty else { throw BenchError("\(fixture.name): no milestones to edit") }
            let clock = SessionClock(timestamp: { "2021-07-01T10:00:00Z" }, seconds: { Double(Clock.nanoseconds()) / 1e9 })
            session = ReviewSession(path: fixture.path, loaded: loaded, fileSystem: PosixFileSystem(), clock: clock, user: "bench")
            environment = session.environment
            review = loaded.review
        }

        /// Accepts edit `i` and waits until its journal record is durable; returns the nanoseconds
        /// until the session handed the editing thread back and until the record was durable.
        func edit(_ i: Int) throws(BenchError) -> (append: UInt64, durable: UInt64) {
            let index = (i * 7_919) % review.milestones.count
            review.milestones[index].title = "Edited \(i)"
            let edited = review
            let start = Clock.nanoseconds()
            environment.recordEdit(edited, i + 1)
            let written = Clock.nanoseconds()
            _ = session.waitUntilJournalDurable()
            let durable = Clock.nanoseconds()
            if let problem = environment.journalProblem() { throw BenchError(problem) }
            return (written - start, durable - start)
        }

        func close() {
            environment.clearRecovery()
            session.finish()
        }
    }

    /// write(2) of 4 KB at the end of a file, then fsync(2), timed together.
    final class FsyncReference {
        private let path: String
        private let descriptor: Int32
        private let block = [UInt8](repeating: 0x61, count: 4096)

        init(directory: String) throws(BenchError) {
            path = "\(directory)/fsync-reference"
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw BenchError("\(path): cannot create") }
        }

        func append() -> UInt64 {
            Clock.time {
                _ = block.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                _ = fsync(descriptor)
            }
        }

        func close() {
            _ = Glibc.close(descriptor)
            unlink(path)
        }
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
        for ((name, items, _), append) in zip(outcome.bySize, outcome.appends) {
            print("  " + Format.padded("  on the edit's thread, \(Format.grouped(items))", 34)
                  + Format.padded(Format.milliseconds(append.p50), 12, right: true)
                  + Format.padded(Format.milliseconds(append.p99), 12, right: true) + "   (\(name))")
        }
        if let small = outcome.bySize.first, let large = outcome.bySize.last, outcome.bySize.count > 1 {
            let growth = Double(large.samples.p99) / Double(max(small.samples.p99, 1))
            print("  p99 at \(large.name) / p99 at \(small.name): \(Format.fixed(growth, places: 2))x")
        }
    }
}
