import ReviewGenerator
import ReviewModel
import ReviewStore

/// `validate-scaling`: validation time against hostile inputs and against size.
///
/// - validate (what `merger-review validate FILE` does: load, check, list the problems) of the
///   clean 10 MB review, of the same with 5,000 duplicate action ids, and of the same with
///   20,000 unknown fields in one object: each hostile one at most 2x the clean one;
/// - validate and load-to-first-frame of a 100 MB review against the 10 MB one, measured in
///   this one run: at most 12x (linear is 10x);
/// - the peak memory of a separate process that loads the 100 MB review, draws the first frame,
///   edits, saves and journals: at most 4x the file.
enum ValidationScaling {
    struct Case {
        var name: String
        var path: String
        var bytes: Int
    }

    static func run(directory: String, repeats: Int, skipLarge: Bool) throws(BenchError) {
        Files.makeDirectory(directory)
        progress("generating the 10 MB reviews…")
        let clean = try Fixtures.make("10mb", directory: directory)
        let duplicates = try write(duplicateIds(clean.review, count: 5_000), name: "10mb-5000-duplicate-ids", directory: directory)
        let unknown = try write(unknownFields(ReviewCodec.encode(clean.review), count: 20_000),
                                name: "10mb-20000-unknown-fields", directory: directory)
        let cleanCase = Case(name: "10mb clean", path: clean.path, bytes: clean.fileSize)
        print("validate: load, check and list the problems, as `merger-review validate FILE` (median of \(repeats))")
        print(Format.padded("file", 34) + Format.padded("size", 10, right: true) + Format.padded("problems", 10, right: true)
              + Format.padded("validate", 12, right: true) + Format.padded("vs clean", 10, right: true))
        let base = measure(cleanCase, repeats: repeats)
        report(cleanCase, base, base: base.seconds)
        for hostile in [duplicates, unknown] {
            let result = measure(hostile, repeats: repeats)
            report(hostile, result, base: base.seconds)
        }
        guard !skipLarge else { return }
        progress("generating the 100 MB review…")
        let large = try Fixtures.make(String(ReviewGenerator.tenMegabyteItems * 10), directory: directory)
        let largeCase = Case(name: "100mb clean", path: large.path, bytes: large.fileSize)
        let largeValidate = measure(largeCase, repeats: 1)
        report(largeCase, largeValidate, base: base.seconds)
        let frame10 = median((0..<repeats).map { _ in seconds { _ = LoadBenchmark.firstFrame(clean.path) } })
        let frame100 = seconds { _ = LoadBenchmark.firstFrame(large.path) }
        print("")
        print("load to first frame: 10 MB \(Format.fixed(frame10, places: 3)) s, 100 MB \(Format.fixed(frame100, places: 3)) s = "
              + "\(Format.fixed(frame100 / max(frame10, 1e-9), places: 1))x (target at most 12x)")
        print("validate: 10 MB \(Format.fixed(base.seconds, places: 3)) s, 100 MB \(Format.fixed(largeValidate.seconds, places: 3)) s = "
              + "\(Format.fixed(largeValidate.seconds / max(base.seconds, 1e-9), places: 1))x (target at most 12x)")
        progress("100 MB: peak memory…")
        if let memory = peakMemory(of: large.path) {
            print("peak RSS at 100 MB (load, first frame, keys, an edit, a save, a journal record): "
                  + "\(Format.megabytes(memory.peak)) = \(Format.fixed(Double(memory.peak) / Double(max(1, large.fileSize)), places: 2))x "
                  + "the file of \(Format.megabytes(large.fileSize)) (target at most 4x)")
        } else {
            print("peak RSS at 100 MB: could not run the memory probe")
        }
    }

    /// The review with actions 1 to `count` all using action 0's id (and no link to an id that is gone).
    static func duplicateIds(_ review: Review, count: Int) -> [UInt8] {
        var review = review
        guard review.actions.count > count else { return ReviewCodec.encode(review) }
        let first = review.actions[0].id
        let actionIds = Set(review.actions.map(\.id))
        for i in 1...count { review.actions[i].id = first }
        for i in review.actions.indices where review.actions[i].linkedItemId.map(actionIds.contains) == true {
            review.actions[i].linkedItemId = nil
        }
        return ReviewCodec.encode(review)
    }

    /// The encoded review with `count` unknown fields at the start of its first milestone.
    static func unknownFields(_ bytes: [UInt8], count: Int) -> [UInt8] {
        let marker = Array("\"milestones\": [".utf8)
        guard let at = (0..<(bytes.count - marker.count)).first(where: { bytes[$0..<($0 + marker.count)].elementsEqual(marker) }),
              let brace = bytes[at...].firstIndex(of: UInt8(ascii: "{")) else { return bytes }
        var fields: [UInt8] = []
        for i in 0..<count { fields += Array("\n      \"unknown\(i)\": \(i),".utf8) }
        var result = bytes
        result.insert(contentsOf: fields, at: brace + 1)
        return result
    }

    static func write(_ bytes: [UInt8], name: String, directory: String) throws(BenchError) -> Case {
        let path = "\(directory)/review-\(name).json"
        try Fixtures.write(bytes, to: path)
        return Case(name: name, path: path, bytes: bytes.count)
    }

    struct Outcome {
        var seconds: Double
        var problems: Int
        var linesListed: Int
    }

    /// `merger-review validate FILE` in process: load, then the lines it prints.
    static func measure(_ file: Case, repeats: Int) -> Outcome {
        var problems = 0, listed = 0
        let times = (0..<max(1, repeats)).map { _ in
            seconds {
                do {
                    let loaded = try ReviewStore().load(file.path)
                    problems = loaded.warnings.count
                    listed = ProblemListing.lines(loaded.warnings, file: file.path).count
                } catch let error as ReviewLoadError {
                    if case .invalid(_, let found) = error { problems = found.count }
                    listed = error.lines.count
                } catch {
                    listed = 0
                }
            }
        }
        return Outcome(seconds: median(times), problems: problems, linesListed: listed)
    }

    static func report(_ file: Case, _ outcome: Outcome, base: Double) {
        print(Format.padded(file.name, 34) + Format.padded(Format.megabytes(file.bytes), 10, right: true)
              + Format.padded(Format.grouped(outcome.problems), 10, right: true)
              + Format.padded(Format.fixed(outcome.seconds, places: 3) + " s", 12, right: true)
              + Format.padded(Format.fixed(outcome.seconds / max(base, 1e-9), places: 2) + "x", 10, right: true)
              + "   (\(outcome.linesListed) lines listed)")
    }

    static func seconds(_ body: () -> Void) -> Double { Double(Clock.time(body)) / 1e9 }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
