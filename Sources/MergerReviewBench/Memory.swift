#if canImport(Glibc)
import Glibc
#endif

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
