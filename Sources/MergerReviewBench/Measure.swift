#if canImport(Glibc)
import Glibc
#endif

/// Wall-clock time from CLOCK_MONOTONIC, in nanoseconds.
enum Clock {
    static func nanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }

    /// Runs `body` once and returns its duration in nanoseconds.
    static func time(_ body: () throws -> Void) rethrows -> UInt64 {
        let start = nanoseconds()
        try body()
        return nanoseconds() - start
    }
}

/// Durations of many runs of one thing, in nanoseconds, with percentiles.
struct Samples {
    private(set) var values: [UInt64] = []

    mutating func add(_ nanoseconds: UInt64) { values.append(nanoseconds) }

    var count: Int { values.count }

    /// Nearest-rank percentile (p in 0...100); 0 when empty.
    func percentile(_ p: Double) -> UInt64 {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[Swift.min(sorted.count - 1, Swift.max(0, rank - 1))]
    }

    var p50: UInt64 { percentile(50) }
    var p99: UInt64 { percentile(99) }
    var min: UInt64 { values.min() ?? 0 }
    var max: UInt64 { values.max() ?? 0 }
}

/// Repeats `body` up to `iterations` times (at least `minimum`), stopping early once
/// `budgetSeconds` have passed, so a slow case cannot hold the whole run up.
func measure(iterations: Int, minimum: Int = 5, budgetSeconds: Double = 20, warmup: Int = 1,
             _ body: () throws -> Void) rethrows -> Samples {
    for _ in 0..<warmup { try body() }
    var samples = Samples()
    let deadline = Clock.nanoseconds() + UInt64(budgetSeconds * 1e9)
    for i in 0..<iterations {
        samples.add(try Clock.time(body))
        if i + 1 >= minimum && Clock.nanoseconds() > deadline { break }
    }
    return samples
}

/// Formatting of durations and sizes for the report.
enum Format {
    /// "0.012 ms", "3.41 ms", "1,204 ms".
    static func milliseconds(_ nanoseconds: UInt64) -> String {
        let ms = Double(nanoseconds) / 1e6
        if ms < 1 { return fixed(ms, places: 3) + " ms" }
        if ms < 100 { return fixed(ms, places: 2) + " ms" }
        return grouped(Int(ms.rounded())) + " ms"
    }

    static func fixed(_ value: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = abs(scaled % Int(scale))
        guard places > 0 else { return String(whole) }
        let digits = String(fraction)
        let sign = value < 0 && whole == 0 ? "-" : ""
        return sign + String(whole) + "." + String(repeating: "0", count: places - digits.count) + digits
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// "9.87 MB" (decimal megabytes, as file sizes are quoted).
    static func megabytes(_ bytes: Int) -> String {
        if bytes < 1_000_000 { return fixed(Double(bytes) / 1_000, places: 1) + " kB" }
        return fixed(Double(bytes) / 1_000_000, places: 2) + " MB"
    }

    static func padded(_ text: String, _ width: Int, right: Bool = false) -> String {
        let gap = String(repeating: " ", count: max(0, width - text.count))
        return right ? gap + text : text + gap
    }
}

/// Memory of this process from /proc/self/status (kB), or getrusage's maximum RSS.
enum Memory {
    /// Peak resident set size in bytes (VmHWM).
    static func peakResidentBytes() -> Int {
        if let kb = statusField("VmHWM:") { return kb * 1024 }
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        return Int(usage.ru_maxrss) * 1024
    }

    static func currentResidentBytes() -> Int {
        (statusField("VmRSS:") ?? 0) * 1024
    }

    private static func statusField(_ name: String) -> Int? {
        guard let file = fopen("/proc/self/status", "r") else { return nil }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 512)
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if text.hasPrefix(name) {
                let digits = text.dropFirst(name.count).filter { $0.isNumber }
                return Int(digits)
            }
        }
        return nil
    }
}

/// Small file helpers on POSIX calls.
enum Files {
    static func size(_ path: String) -> Int? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Int(status.st_size)
    }

    static func readAll(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let read = fread(&chunk, 1, chunk.count, file)
            if read > 0 { bytes.append(contentsOf: chunk[0..<read]) }
            if read < chunk.count { break }
        }
        return bytes
    }

    static func makeDirectory(_ path: String) {
        var built = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            built += "/" + part
            _ = mkdir(built, 0o755)
        }
    }

    static func remove(_ path: String) { _ = unlink(path) }
}

/// Writes to standard error (progress), keeping standard output for the results.
func progress(_ text: String) {
    var bytes = Array((text + "\n").utf8)
    _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
}

/// glibc's malloc_trim (not in the Glibc module map): returns freed heap memory to the system,
/// so the resident size after it shows what is still in use.
@_silgen_name("malloc_trim")
func malloc_trim(_ pad: Int) -> Int32
