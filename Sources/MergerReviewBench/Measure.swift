#if canImport(Glibc)
import Glibc
#endif

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

/// Writes to standard error (progress), keeping standard output for the results.
func progress(_ text: String) {
    var bytes = Array((text + "\n").utf8)
    _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
}

/// glibc's malloc_trim (not in the Glibc module map): returns freed heap memory to the system,
/// so the resident size after it shows what is still in use.
@_silgen_name("malloc_trim")
func malloc_trim(_ pad: Int) -> Int32
