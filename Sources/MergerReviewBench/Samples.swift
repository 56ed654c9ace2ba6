#if canImport(Glibc)
import Glibc
#endif

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
