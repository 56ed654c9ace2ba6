import Foundation

/// `report-speed`: `merger-review report` of the 10 MB review in each format (load, render,
/// durable write), each run as a person runs it (the release binary, a process per run),
/// against `jq -S . FILE > /dev/null` on the same file. Each round runs every command once,
/// in turn, so a busy machine slows them alike; the figures are medians over the rounds, and
/// the ratio is also given as the median of each round's ratio. Target: at most 1.0x.
enum ReportSpeedBenchmark {
    static let formats: [(name: String, format: String, file: String)] = [
        ("Markdown", "markdown", "paper.md"), ("HTML", "html", "paper.html"), ("Word", "docx", "paper.docx"),
        ("CSV", "csv", "tables"),
    ]

    static func run(_ fixture: Fixture, directory: String, repeats: Int) throws(BenchError) {
        let program = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("merger-review").path
        guard FileManager.default.isExecutableFile(atPath: program) else {
            throw BenchError("\(program): build merger-review in the same configuration first (swift build -c release)")
        }
        guard CompareMergeBenchmark.shell(["jq", "--version"]).isFinite else { throw BenchError("jq is needed (apt-get install jq)") }
        let output = "\(directory)/report-speed"
        Files.makeDirectory(output)
        let jq = ["jq", "-S", ".", fixture.path]
        let reports = formats.map { [program, "report", fixture.path, "--format", $0.format, "--out", "\(output)/\($0.file)"] }
        // One untimed round first: the file and the binaries in the page cache.
        _ = CompareMergeBenchmark.shell(jq)
        for report in reports { _ = CompareMergeBenchmark.shell(report) }
        var jqTimes: [Double] = []
        var reportTimes = Array(repeating: [Double](), count: formats.count)
        for _ in 0..<max(1, repeats) {
            jqTimes.append(CompareMergeBenchmark.shell(jq))
            for (index, report) in reports.enumerated() { reportTimes[index].append(CompareMergeBenchmark.shell(report)) }
        }
        let jqMedian = median(jqTimes)
        print("\(describe(fixture))")
        print("median of \(max(1, repeats)) rounds, each command a process, output discarded or written to \(output)")
        print("  " + Format.padded("jq -S . FILE > /dev/null", 34) + Format.fixed(jqMedian, places: 3) + " s")
        for (index, format) in formats.enumerated() {
            let seconds = median(reportTimes[index])
            let perRound = median(zip(reportTimes[index], jqTimes).map { $0 / max($1, 1e-9) })
            print("  " + Format.padded("report --format \(format.format)", 34) + Format.fixed(seconds, places: 3) + " s   "
                  + Format.fixed(seconds / max(jqMedian, 1e-9), places: 2) + "x jq (median of the rounds' ratios "
                  + Format.fixed(perRound, places: 2) + "x)")
        }
        print("target: every format at most 1.0x jq -S .")
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}
