import Foundation
import ReviewApp
import ReviewGenerator
import ReviewModel
import ReviewStore
import TerminalToolkit
import TerminalTestSupport

/// merger-review's benchmarks and synthetic-review generator. Run in release mode:
///
///     swift run -c release MergerReviewBench all              # every benchmark at 100, 10k, 100k, 10mb
///     swift run -c release MergerReviewBench generate 10mb /tmp/review-10mb.json
///
/// Not part of `swift test`; see docs/performance.md.
let usage = """
    usage: MergerReviewBench COMMAND [options]

      generate SIZE [FILE] [--seed N]   write a synthetic review (SIZE: 100, 10k, 100k, 10mb or a number of
                                        items); FILE defaults to /tmp/merger-review-bench/review-SIZE.json
      all [--sizes LIST] [--quick]      every benchmark below at each size (default 100,10k,100k,10mb)
      load SIZE|FILE                    parse, build, validate, load to first frame
      keys SIZE|FILE [--only NAME] [--iterations N]
                                        per keystroke: update + view + diff (80x24)
      save SIZE|FILE                    durable save after one edit (diff, encode, fsync'd write)
      durable-edit [--sizes LIST] [--iterations N]
                                        accept an edit -> its journal record durable, p50/p99 at each size
                                        (default 100,100k; 5,000 edits, so that p99 is the 50th slowest)
                                        and one fsync of a 4 KB append
      bytes SIZE|FILE                   bytes the ncurses backend writes per keystroke at 80x24
      paste SIZE|FILE [--iterations N]  a 2,000-character paste into a field: first key read to final frame
      search SIZE|FILE [--iterations N] search as you type: each typed character (update + view + diff), and /
      table [--iterations N]            render + diff of a 100,000-row Table at 80x24 and 200x60
      memory FILE                       peak RSS after load, first frame, keys, an edit, a save, a journal record
      memory-stages FILE                resident memory after each step of a load
      frames SIZE|FILE KEY...           the screen after each key (Key(spec:) names: Down, PgDn, Tab, e, C-l...)
      first-frame FILE                  load to first frame once, in process; prints seconds
      save-seconds FILE                 median seconds of a durable save of FILE after one edit
      validate-scaling [--quick]        validate of hostile 10 MB reviews (5,000 duplicate ids, 20,000 unknown
                                        fields) against the clean one; validate, first frame and peak memory
                                        at 100 MB against 10 MB (--quick: without the 100 MB review)

      report-speed [SIZE|FILE] [--iterations N]
                                        merger-review report in each format (Markdown, HTML, Word, CSV) against
                                        jq -S . on the same file (default the 10 MB review, 7 rounds): medians, ratios

      compare-merge [--iterations N]    merger-review diff and merge on 10 MB reviews differing in 1% of items,
                                        against diff of jq -S renderings and one validate

      --dir DIR                         where generated files go (default /tmp/merger-review-bench)
    """

/// A size name generates a review; an existing file is loaded (so a profile can skip generating).
func fixture(_ argument: String?, _ options: Options) throws(BenchError) -> Fixture {
    guard let argument else { throw BenchError("give a size (100, 10k, 100k, 10mb) or a review file") }
    if ReviewGenerator.items(forSize: argument) == nil || argument.contains("/") || argument.hasSuffix(".json") {
        let loaded: LoadedReview
        do { loaded = try ReviewStore().load(argument) } catch { throw BenchError(error.description) }
        let name = String(argument.split(separator: "/").last ?? "file").replacingOccurrences(of: ".json", with: "")
        return Fixture(name: name, items: loaded.review.itemCount, path: argument, review: loaded.review,
                       fileSize: Files.size(argument) ?? 0)
    }
    progress("generating the \(argument) review…")
    return try Fixtures.make(argument, directory: options.directory, seed: options.seed)
}

extension Review {
    /// Items as the generator counts them.
    var itemCount: Int {
        programme.organisations.count + programme.places.count + milestones.count + mergerTests.count
            + mergerTests.reduce(0) { $0 + $1.evidence.count } + appraisal.criteria.count + appraisal.options.count
            + appraisal.cells.count + budgets.lines.count + recommendations.count + actions.count
    }
}

func printSection(_ title: String) {
    print("")
    print("-- \(title)")
}

func printResults(_ results: [Result]) {
    print(Result.header())
    for result in results { print(result.line()) }
}

func describe(_ fixture: Fixture) -> String {
    "\(fixture.name): \(Format.grouped(fixture.review.itemCount)) items, \(Format.megabytes(fixture.fileSize)) (\(fixture.path))"
}

func printBytes(_ outcome: TerminalBytes.Outcome) {
    let perRow = outcome.bytesPerRow
    print("\(outcome.terminalType) \(outcome.width)x\(outcome.height); a full repaint is \(perRow) bytes per row, so two rows' worth is \(2 * perRow) bytes")
    for step in outcome.steps {
        let rows = step.fullRepaint ? "every row" : step.rows.count > 6 ? "\(step.rows.count) rows"
            : "rows " + step.rows.map(String.init).joined(separator: ",")
        print(Format.padded(step.name, 36) + Format.padded("\(step.bytes) bytes", 13, right: true)
              + Format.padded("\(step.cells) cells", 12, right: true) + "  " + rows + (step.fullRepaint ? "  FULL REPAINT" : ""))
    }
}

/// Runs `memory FILE` in a fresh process, so the peak belongs to that file alone: the peak to the
/// first frame, the peak over the whole probe (keys, an edit, a save, the edit's recovery journal),
/// and the process's size before loading.
func peakMemory(of path: String) -> (firstFrame: Int, peak: Int, baseline: Int)? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    process.arguments = ["memory", path]
    let pipe = Pipe()
    process.standardOutput = pipe
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    var values: [String: Int] = [:]
    for word in text.split(whereSeparator: \.isWhitespace) {
        let parts = word.split(separator: "=")
        if parts.count == 2, let n = Int(parts[1]) { values[String(parts[0])] = n }
    }
    guard let peak = values["peak"], let baseline = values["baseline"] else { return nil }
    return (values["first-frame"] ?? peak, peak, baseline)
}

func runMemory(_ path: String) throws(BenchError) {
    let baseline = Memory.peakResidentBytes()
    var steps: [String] = []
    /// The peak so far, and (`rss-` keys) the resident size at that point.
    func step(_ name: String) {
        steps.append("\(name)=\(Memory.peakResidentBytes())")
        steps.append("rss-\(name)=\(Memory.currentResidentBytes())")
    }
    let loaded: LoadedReview
    do { loaded = try ReviewStore().load(path) } catch { throw BenchError(error.description) }
    step("load")
    var session = Session(loaded.review, path: path)
    step("first-frame")
    session.press([.down, .down, .pageDown, .tab, .tab, .tab, .tab, .tab])
    step("keys")
    session.press([.char("e"), .char("x"), .enter])
    step("edit")
    let request = AuditTrail.request(session.state, at: "2021-07-01T10:00:00Z")
    step("diff")
    let target = path + ".bench-save"
    do { _ = try ReviewStore().save(request.review, adding: request.entry, to: target) } catch { throw BenchError(error.description) }
    step("save")
    // After each accepted edit the app also appends the edit to the recovery journal.
    let journal = JournalAppender(path: target + ".recovery", fileSystem: PosixFileSystem(), syncsInBackground: false)
    let header = EditJournal.headerBytes(JournalHeader(base: loaded.contentHash, user: "bench", host: "", pid: nil, started: ""))
    let edit = JournalEdit(at: "2021-07-01T10:00:00Z", changeCount: 1, patch: ReviewPatch.between(loaded.review, session.state.review))
    do { try journal.start(header + EditJournal.recordBytes(.edit(edit))) } catch { throw BenchError(error.description) }
    step("journal")
    journal.remove()
    Files.remove(target)
    Files.remove(DurableWriter.backupPath(for: target))
    print("peak=\(Memory.peakResidentBytes()) baseline=\(baseline) file=\(Files.size(path) ?? 0) " + steps.joined(separator: " "))
}

func runAll(_ options: Options) throws(BenchError) {
    var reports: [SizeReport] = []
    print("merger-review benchmarks (release build; times are wall clock, CLOCK_MONOTONIC)")
    for size in options.sizes {
        let fixture = try Fixtures.make(size, directory: options.directory, seed: options.seed)
        let repeats = Repeats.forItems(fixture.items, quick: options.quick)
        print("")
        print("== \(describe(fixture))")
        let errors = Validation.errors(in: fixture.review)
        print("validation errors: \(errors.count)")
        printSection("load")
        progress("\(size): load")
        printResults(try LoadBenchmark.run(fixture, repeats: repeats))
        printSection("keystrokes at 80x24: update + view + diff")
        progress("\(size): keystrokes")
        let keys = KeystrokeBenchmark.run(fixture, repeats: repeats)
        printResults(keys.results)
        print("full repaints after the first frame, over all of these keys: \(keys.extraFullRepaints)")
        printSection("a 2,000-character paste into a field: first key read to final frame (80x24)")
        progress("\(size): paste")
        printResults(PasteBenchmark.run(fixture, iterations: options.quick ? 10 : 50))
        printSection("search as you type (80x24)")
        progress("\(size): search")
        printResults(SearchBenchmark.run(fixture, iterations: options.quick ? 3 : 20))
        printSection("durable save after one edit")
        progress("\(size): save")
        let save = try SaveBenchmark.run(fixture, repeats: repeats, directory: options.directory)
        printResults(save.results)
        print("bytes written per save: \(Format.grouped(save.bytesWritten))")
        printSection("terminal output (ncurses on newterm, written to a file and counted)")
        progress("\(size): ncurses bytes")
        printBytes(try TerminalBytes.run(fixture, directory: options.directory))
        printSection("peak memory (a separate process: load, first frame, keys, an edit, a save, a journal record)")
        progress("\(size): memory")
        let memory = peakMemory(of: fixture.path)
        if let memory {
            func times(_ bytes: Int) -> String { Format.fixed(Double(bytes) / Double(max(1, fixture.fileSize)), places: 1) + "x the file" }
            print("peak RSS to the first frame \(Format.megabytes(memory.firstFrame)) = \(times(memory.firstFrame)); "
                  + "with keys, an edit, a save and a journal record \(Format.megabytes(memory.peak)) = \(times(memory.peak)); "
                  + "the process before loading: \(Format.megabytes(memory.baseline))")
        } else {
            print("peak RSS: could not run the memory probe")
        }
        reports.append(SizeReport(fixture: fixture, keys: keys.results, extraRepaints: keys.extraFullRepaints, memory: memory))
    }
    printSection("100,000-row Table, render + diff per step")
    progress("table")
    printResults(TableBenchmark.run(iterations: options.quick ? 400 : 2_000))
    printKeystrokeScaling(reports)
}

/// Keystroke p99 at the largest size against the smallest (target: at most 1.5x, and 1 ms).
func printKeystrokeScaling(_ reports: [SizeReport]) {
    guard reports.count >= 2, let small = reports.first, let large = reports.max(by: { $0.fixture.items < $1.fixture.items }),
          small.fixture.items < large.fixture.items else { return }
    printSection("keystroke p99: \(large.fixture.name) against \(small.fixture.name)")
    print(Format.padded("", 34) + Format.padded("p99 \(small.fixture.name)", 12, right: true)
          + Format.padded("p99 \(large.fixture.name)", 12, right: true) + Format.padded("ratio", 8, right: true))
    for result in large.keys {
        guard let base = small.keys.first(where: { $0.name == result.name }) else { continue }
        let ratio = Double(result.samples.p99) / Double(max(1, base.samples.p99))
        print(Format.padded(result.name, 34) + Format.padded(Format.milliseconds(base.samples.p99), 12, right: true)
              + Format.padded(Format.milliseconds(result.samples.p99), 12, right: true)
              + Format.padded(Format.fixed(ratio, places: 2) + "x", 8, right: true))
    }
}

func main() -> Int32 {
    let options: Options
    do { options = try Options(Array(CommandLine.arguments.dropFirst())) } catch {
        progress("MergerReviewBench: \(error.description)\n\n\(usage)")
        return 2
    }
    do {
        switch options.command {
        case "generate":
            guard let size = options.positional.first, let items = ReviewGenerator.items(forSize: size) else {
                throw BenchError("generate needs a size: 100, 10k, 100k, 10mb or a number of items")
            }
            let review = ReviewGenerator.generate(items: items, seed: options.seed)
            let bytes = ReviewCodec.encode(review)
            let path = options.positional.count > 1 ? options.positional[1] : "\(options.directory)/review-\(size.lowercased()).json"
            if options.positional.count <= 1 { Files.makeDirectory(options.directory) }
            try Fixtures.write(bytes, to: path)
            let errors = Validation.errors(in: review).count
            progress("\(path): \(Format.grouped(review.itemCount)) items, \(Format.grouped(bytes.count)) bytes, \(errors) validation errors")
            print(path)
            return errors == 0 ? 0 : 1
        case "all":
            try runAll(options)
        case "load":
            let f = try fixture(options.positional.first, options)
            print(describe(f))
            printResults(try LoadBenchmark.run(f, repeats: Repeats.forItems(f.items, quick: options.quick)))
        case "keys":
            let f = try fixture(options.positional.first, options)
            var repeats = Repeats.forItems(f.items, quick: options.quick)
            if let n = options.iterations { repeats.keys = n }
            print(describe(f))
            let outcome = KeystrokeBenchmark.run(f, repeats: repeats, only: options.only)
            printResults(outcome.results)
            print("full repaints after the first frame: \(outcome.extraFullRepaints)")
        case "save":
            let f = try fixture(options.positional.first, options)
            print(describe(f))
            var repeats = Repeats.forItems(f.items, quick: options.quick)
            if let n = options.iterations { repeats.save = n }
            printResults(try SaveBenchmark.run(f, repeats: repeats, directory: options.directory).results)
        case "durable-edit":
            let sizes = options.sizesGiven ? options.sizes : ["100", "100k"]
            DurableEditBenchmark.report(try DurableEditBenchmark.run(sizes: sizes, edits: options.iterations ?? 5_000,
                                                                     directory: options.directory, seed: options.seed))
        case "save-seconds":
            let f = try fixture(options.positional.first, options)
            var repeats = Repeats.forItems(f.items, quick: true)
            if let n = options.iterations { repeats.save = n }
            Files.makeDirectory(options.directory)
            let results = try SaveBenchmark.run(f, repeats: repeats, directory: options.directory).results
            guard let total = results.last else { throw BenchError("no save measured") }
            print(Format.fixed(Double(total.samples.p50) / 1e9, places: 6))
        case "bytes":
            let f = try fixture(options.positional.first, options)
            Files.makeDirectory(options.directory)
            print(describe(f))
            printBytes(try TerminalBytes.run(f, directory: options.directory))
        case "table":
            printResults(TableBenchmark.run(iterations: options.iterations ?? 2_000))
        case "paste":
            let f = try fixture(options.positional.first, options)
            print(describe(f))
            printResults(PasteBenchmark.run(f, iterations: options.iterations ?? 50))
        case "search":
            let f = try fixture(options.positional.first, options)
            print(describe(f))
            printResults(SearchBenchmark.run(f, iterations: options.iterations ?? 20))
        case "frames":
            // Debugging aid: the screen after each key, and which rows a key changed.
            let f = try fixture(options.positional.first, options)
            var session = Session(f.review, path: f.path)
            var previous = session.renderer.previous
            for spec in options.positional.dropFirst() {
                guard let key = Key(spec: spec) else { throw BenchError("\(spec): not a key (see Key(spec:))") }
                session.press(key)
                guard let frame = session.renderer.previous else { continue }
                let changed = (0..<frame.height).filter { y in previous.map { $0.line(y) != frame.line(y) || $0.cells[(y * frame.width)..<((y + 1) * frame.width)] != frame.cells[(y * frame.width)..<((y + 1) * frame.width)] } ?? true }
                print("after \(spec): \(session.renderer.lastFrameCellsSent) cells sent; rows changed: \(changed)")
                for (y, line) in frame.lines().enumerated() { print((changed.contains(y) ? "* " : "  ") + line) }
                previous = frame
            }
        case "memory-stages":
            // Resident memory after each step of a load, and the peak so far.
            guard let path = options.positional.first, var bytes = Files.readAll(path) else { throw BenchError("memory-stages needs a review file") }
            func report(_ stage: String) {
                print(Format.padded(stage, 34) + Format.padded(Format.megabytes(Memory.currentResidentBytes()), 12, right: true)
                      + "   peak " + Format.megabytes(Memory.peakResidentBytes()))
            }
            report("start (file read)")
            let checked = (try? JSONParser.validate(bytes)) != nil
            report("syntax checked (\(checked ? "valid" : "invalid"))")
            bytes = []
            _ = malloc_trim(0)
            report("bytes freed, trimmed")
            let loaded = try? ReviewStore().load(path)
            report("ReviewStore.load")
            _ = malloc_trim(0)
            report("trimmed")
            let state = loaded.map { AppState(review: $0.review, filePath: path, today: Fixtures.today) }
            report("app state")
            withExtendedLifetime((state, bytes)) {}
        case "report-speed":
            let f = try fixture(options.positional.first ?? "10mb", options)
            try ReportSpeedBenchmark.run(f, directory: options.directory, repeats: options.iterations ?? 7)
        case "compare-merge":
            try CompareMergeBenchmark.run(directory: options.directory, repeats: options.iterations ?? 3)
        case "validate-scaling":
            try ValidationScaling.run(directory: options.directory, repeats: options.iterations ?? 5, skipLarge: options.quick)
        case "memory":
            guard let path = options.positional.first else { throw BenchError("memory needs a review file") }
            try runMemory(path)
        case "first-frame":
            guard let path = options.positional.first else { throw BenchError("first-frame needs a review file") }
            let elapsed = Clock.time { LoadBenchmark.firstFrame(path) }
            print(Format.fixed(Double(elapsed) / 1e9, places: 6))
        default:
            progress(usage)
            return options.command.isEmpty || options.command == "help" ? 0 : 2
        }
    } catch {
        progress("MergerReviewBench: \(error)")
        return 1
    }
    return 0
}

exit(main())
