#if canImport(Glibc)
import Glibc
#endif
import ReviewApp
import ReviewGenerator
import ReviewModel
import ReviewStore
import TerminalToolkit

/// One line of results: what was measured, how often, and the percentiles.
struct Result {
    var name: String
    var samples: Samples
    var note: String = ""

    func line(nameWidth: Int = 34) -> String {
        Format.padded(name, nameWidth) + Format.padded(Format.milliseconds(samples.p50), 12, right: true)
            + Format.padded(Format.milliseconds(samples.p99), 12, right: true)
            + Format.padded(Format.milliseconds(samples.max), 12, right: true)
            + Format.padded(String(samples.count), 7, right: true) + (note.isEmpty ? "" : "  " + note)
    }

    static func header(nameWidth: Int = 34) -> String {
        Format.padded("", nameWidth) + Format.padded("p50", 12, right: true) + Format.padded("p99", 12, right: true)
            + Format.padded("max", 12, right: true) + Format.padded("runs", 7, right: true)
    }
}
