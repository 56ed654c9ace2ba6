import Foundation
import ReviewGenerator
import ReviewModel
import ReviewStore

/// `compare-merge`: the `diff` and `merge` commands on generated 10 MB reviews that differ in
/// 1% of their items, each run as a person runs it (the release `merger-review` binary, a
/// process per run), against what they stand in for:
///
/// - `merger-review diff A B` against `diff <(jq -S . A) <(jq -S . B)`: at most 0.5x;
/// - `merger-review merge BASE OURS THEIRS -o OUT` (each side changes its own 0.5%) against
///   one `merger-review validate A`: at most 4x.
enum CompareMergeBenchmark {
    static func run(directory: String, repeats: Int) throws(BenchError) {
        let program = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("merger-review").path
        guard FileManager.default.isExecutableFile(atPath: program) else {
            throw BenchError("\(program): build merger-review in the same configuration first (swift build -c release)")
        }
        progress("generating the 10 MB reviews…")
        let base = try Fixtures.make("10mb", directory: directory)
        var random = SeededRandom(seed: 16)
        let changed = changing(base.review, percent: 1, &random)
        let ours = changing(base.review, percent: 0.5, &random)
        let theirs = changing(base.review, percent: 0.5, &random)
        let changedPath = "\(directory)/review-10mb-1pc.json", oursPath = "\(directory)/review-10mb-ours.json"
        let theirsPath = "\(directory)/review-10mb-theirs.json", outPath = "\(directory)/review-10mb-merged.json"
        try Fixtures.write(ReviewCodec.encode(changed), to: changedPath)
        try Fixtures.write(ReviewCodec.encode(ours), to: oursPath)
        try Fixtures.write(ReviewCodec.encode(theirs), to: theirsPath)

        let diff = median(repeats) { shell([program, "diff", base.path, changedPath]) }
        let jq = median(repeats) { shell(["bash", "-c", "diff <(jq -S . '\(base.path)') <(jq -S . '\(changedPath)') > /dev/null"]) }
        let merge = median(repeats) { shell([program, "merge", base.path, oursPath, theirsPath, "-o", outPath]) }
        let validate = median(repeats) { shell([program, "validate", base.path]) }
        print("10 MB reviews (\(Format.megabytes(base.fileSize))), 1% of items differ; median of \(repeats) runs, each a process")
        print("  merger-review diff A B                    \(Format.fixed(diff, places: 3)) s")
        print("  diff <(jq -S . A) <(jq -S . B)            \(Format.fixed(jq, places: 3)) s")
        print("  ratio                                     \(Format.fixed(diff / max(jq, 1e-9), places: 2))x (target at most 0.5x)")
        print("  merger-review merge BASE OURS THEIRS -o   \(Format.fixed(merge, places: 3)) s")
        print("  merger-review validate A                  \(Format.fixed(validate, places: 3)) s")
        print("  ratio                                     \(Format.fixed(merge / max(validate, 1e-9), places: 2))x (target at most 4x)")
    }

    /// The review with `percent` of its milestones, actions and budget lines changed (a field
    /// each), chosen at random.
    static func changing(_ review: Review, percent: Double, _ random: inout SeededRandom) -> Review {
        var result = review
        func picks(_ count: Int) -> [Int] { (0..<max(1, Int(Double(count) * percent / 100))).map { _ in random.below(count) } }
        for i in picks(result.milestones.count) { result.milestones[i].notes += " (revised)" }
        for i in picks(result.actions.count) { result.actions[i].status = .done }
        for i in picks(result.budgets.lines.count) { result.budgets.lines[i].amount = result.budgets.lines[i].amount + Money(millions: 1) }
        for i in picks(result.mergerTests.count) { result.mergerTests[i].owner += " (acting)" }
        return result
    }

    /// Seconds a command takes to run, its output discarded.
    static func shell(_ arguments: [String]) -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = Clock.nanoseconds()
        do { try process.run() } catch { return .nan }
        process.waitUntilExit()
        return Double(Clock.nanoseconds() - start) / 1e9
    }

    static func median(_ repeats: Int, _ body: () -> Double) -> Double {
        let times = (0..<max(1, repeats)).map { _ in body() }.sorted()
        return times[times.count / 2]
    }
}
