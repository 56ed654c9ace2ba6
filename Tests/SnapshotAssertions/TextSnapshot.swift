import Foundation
import XCTest

/// Text snapshots for the test targets: screens (characters only) and board papers.
public enum TextSnapshot {
    /// Compares `text` with the file at `url`; records it when the file is absent or when
    /// RECORD_SNAPSHOTS=1 (a missing snapshot fails, so a new one is looked at before it counts).
    /// A difference names the first line that differs; `showWhole` adds the whole text.
    public static func assertMatches(_ text: String, file url: URL, showWhole: Bool = false,
                                     file: StaticString = #filePath, line: UInt = #line) {
        let name = url.lastPathComponent
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? text.write(to: url, atomically: true, encoding: .utf8)
            if !record { XCTFail("Recorded a new snapshot \(name); check it and run again", file: file, line: line) }
            return
        }
        guard expected != text else { return }
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = text.components(separatedBy: "\n")
        let index = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let expectedLine = expectedLines.indices.contains(index) ? expectedLines[index] : "(end)"
        let actualLine = actualLines.indices.contains(index) ? actualLines[index] : "(end)"
        let whole = showWhole ? "\n\nwhole text:\n\(text)" : ""
        XCTFail("Snapshot \(name) differs at line \(index + 1):\nexpected: \(expectedLine)\nactual:   \(actualLine)\n(RECORD_SNAPSHOTS=1 re-records)\(whole)",
                file: file, line: line)
    }
}
