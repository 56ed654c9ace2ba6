#if canImport(Glibc)
import Glibc
#endif
import ReviewApp
import ReviewGenerator
import ReviewModel
import ReviewStore
import TerminalToolkit

enum Fixtures {
    /// Where generated files go unless told otherwise (never inside the repository's tracked files).
    static let defaultDirectory = "/tmp/merger-review-bench"

    /// The date the benchmarks treat as today (the generated reviews are as of 30 June 2021).
    static let today = CalendarDate(year: 2021, month: 7, day: 1) ?? CalendarDate(dayNumber: 18_809)

    /// Generates the review for a size name ("100", "10k", "100k", "10mb" or a number) and writes it.
    static func make(_ name: String, directory: String = defaultDirectory, seed: UInt64 = 1) throws(BenchError) -> Fixture {
        guard let items = ReviewGenerator.items(forSize: name) else {
            throw BenchError("\(name): not a size; use 100, 10k, 100k, 10mb or a number of items")
        }
        Files.makeDirectory(directory)
        let path = "\(directory)/review-\(name.lowercased()).json"
        let review = ReviewGenerator.generate(items: items, seed: seed)
        let bytes = ReviewCodec.encode(review)
        try write(bytes, to: path)
        return Fixture(name: name, items: items, path: path, review: review, fileSize: bytes.count)
    }

    static func write(_ bytes: [UInt8], to path: String) throws(BenchError) {
        guard let file = fopen(path, "wb") else { throw BenchError("\(path): cannot open for writing") }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
        guard written == bytes.count else { throw BenchError("\(path): short write") }
    }

    /// The app as the executable runs it, with effects that do nothing (no disk, no journal).
    static func program(_ review: Review, path: String, size: Size = Size(width: 80, height: 24),
                        theme: Theme = .monochrome) -> ReviewProgram {
        let state = AppState(review: review, filePath: path, size: size, theme: theme, today: today, user: "bench")
        let environment = AppEnvironment(save: { request, _, _ in .saved(request.review) }, now: { "2021-07-01T10:00:00Z" })
        return ReviewProgram(state: state, environment: environment)
    }
}
