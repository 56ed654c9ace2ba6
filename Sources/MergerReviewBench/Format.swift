#if canImport(Glibc)
import Glibc
#endif

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
