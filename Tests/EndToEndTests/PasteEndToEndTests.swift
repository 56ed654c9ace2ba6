import Foundation
import XCTest

/// Pasting into the real binary in tmux: with bracketed paste (send-keys of the markers, and
/// paste-buffer -p) and without it (paste-buffer as a terminal that does not bracket). The
/// same two-line text with a tab goes into a one-line field (Owner: one line, spaces) and a
/// text area (Notes: both lines, the tab as spaces to the next tab stop).
final class PasteEndToEndTests: XCTestCase {
    /// Two lines, the second with a tab; letters that are commands on the panes (l, i, n, e, q).
    static let pasted = "J. Smith (Chair)\nline two\tand quit"

    private func milestones(_ path: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try XCTUnwrap(object["milestones"] as? [[String: Any]])
    }

    /// A milestone's fields, in the editor's order.
    static let fields = ["Title", "Date", "End date", "Status", "Owner", "Depends on", "Notes"]

    /// Opens the selected milestone's editor on a field and selects all of it (Alt-a), so the
    /// paste replaces it.
    private func openField(_ name: String, _ session: TmuxSession) throws {
        try session.send("e")
        session.waitFor(text: "▶ Title")
        for field in Self.fields.dropFirst() {
            guard !session.screen().contains("▶ \(name)") else { break }
            try session.send("Tab")
            session.waitFor(text: "▶ \(field)")
        }
        try session.send("M-a")
    }

    /// Pastes into Owner (Enter accepts) and Notes (a text area: ^S accepts and saves), quits, and
    /// checks that only those two fields changed.
    private func pasteIntoOwnerAndNotes(paste: (TmuxSession) throws -> Void, file: StaticString = #filePath, line: UInt = #line) throws {
        let (directory, path) = try BinaryRunner.copyOfFixture("coventry-warwickshire")
        let before = try milestones(path)
        let session = try TmuxSession(arguments: [path], directory: directory)
        session.waitFor(text: "Readiness")
        try session.send("1")
        session.waitFor(text: "[1 Timeline]")
        try openField("Owner", session)
        try paste(session)
        session.waitFor(text: "J. Smith (Chair) line two and quit", file: file, line: line)
        try session.send("Enter")
        session.waitFor(text: "Owner saved", file: file, line: line)
        try openField("Notes", session)
        try paste(session)
        session.waitFor("both lines in the text area", file: file, line: line) { screen in
            let rows = screen.split(separator: "\n")
            guard let first = rows.firstIndex(where: { $0.contains("▶ Notes") && $0.contains("J. Smith (Chair)") }) else { return false }
            return rows.indices.contains(first + 1) && rows[first + 1].contains("line two    and quit")
        }
        try session.send("C-s")
        session.waitFor(text: "Saved", file: file, line: line)
        try session.send("q")
        XCTAssertEqual(session.waitForExit(), 0, file: file, line: line)

        let after = try milestones(path)
        XCTAssertEqual(after.count, before.count, file: file, line: line)
        let changed = after.indices.filter { !NSDictionary(dictionary: after[$0]).isEqual(to: before[$0]) }
        XCTAssertEqual(changed.count, 1, "one milestone changed", file: file, line: line)
        guard let index = changed.first else { return }
        XCTAssertEqual(after[index]["owner"] as? String, "J. Smith (Chair) line two and quit", file: file, line: line)
        XCTAssertEqual(after[index]["notes"] as? String, "J. Smith (Chair)\nline two    and quit", file: file, line: line)
        var others = after[index]
        var original = before[index]
        for key in ["owner", "notes"] {
            others[key] = nil
            original[key] = nil
        }
        XCTAssertTrue(NSDictionary(dictionary: others).isEqual(to: original), "every other field is unchanged: \(others)",
                      file: file, line: line)
    }

    func testBracketedPasteSentAsKeys() throws {
        try pasteIntoOwnerAndNotes { session in
            let text = Self.pasted.replacingOccurrences(of: "\n", with: "\r")
            try session.tmux(["send-keys", "-l", "\u{1B}[200~" + text + "\u{1B}[201~"], capture: false)
        }
    }

    func testBracketedPasteFromAPasteBuffer() throws {
        try pasteIntoOwnerAndNotes { session in
            try session.tmux(["set-buffer", "-b", "pasted", Self.pasted], capture: false)
            try session.tmux(["paste-buffer", "-p", "-b", "pasted"], capture: false)
        }
    }

    /// A terminal that does not bracket pastes: the text arrives as keys, all in one read.
    func testAPasteWithoutBracketsRunsNoCommand() throws {
        try pasteIntoOwnerAndNotes { session in
            try session.tmux(["set-buffer", "-b", "pasted", Self.pasted], capture: false)
            try session.tmux(["paste-buffer", "-b", "pasted"], capture: false)
        }
    }
}
