import Foundation
import XCTest

/// Editing and presenting through the real binary in tmux.
final class EditingEndToEndTests: XCTestCase {
    private func copyOfFixture(_ name: String) throws -> (directory: String, path: String) {
        try BinaryRunner.copyOfFixture(name)
    }

    private func json(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func testSetRAGAddEvidenceWithATypedDateSaveAndQuit() throws {
        let (directory, path) = try copyOfFixture("coventry-warwickshire")
        let session = try TmuxSession(arguments: [path], directory: directory)
        session.waitFor(text: "Readiness")
        try session.send("2")
        session.waitFor(text: "II. Co-terminosity")
        try session.send("j", "g")
        session.waitFor(text: "GREEN")
        try session.send("Right", "A")
        session.waitFor(text: "Evidence title")
        // Each field's text is on screen before Tab or Enter: keys that arrive together with
        // typed text (one read) are text, as a paste is, so a Tab in that read would be a space.
        try session.type("Joint Governing Body minutes")
        session.waitFor(text: "Joint Governing Body minutes")
        try session.send("Tab")
        session.waitFor(text: "▶ Reference")
        try session.type("JGB/2019/07")
        session.waitFor(text: "JGB/2019/07")
        try session.send("Tab")
        session.waitFor(text: "▶ Date")
        try session.type("12 June 2019")
        session.waitFor(text: "12 June 2019")
        try session.send("Enter")
        let screen = session.waitFor(text: "12 Jun 2019")
        XCTAssertTrue(screen.contains("JGB/2019/07"), screen)
        XCTAssertTrue(screen.contains("Joint Governing Body minutes"), screen)
        try session.send("C-s")
        session.waitFor(text: "Saved")
        try session.send("q")
        XCTAssertEqual(session.waitForExit(), 0)

        let saved = try json(path)
        let tests = try XCTUnwrap(saved["mergerTests"] as? [[String: Any]])
        XCTAssertEqual(tests[1]["rag"] as? String, "green")
        let evidence = try XCTUnwrap(tests[1]["evidence"] as? [[String: Any]])
        let added = try XCTUnwrap(evidence.first { $0["title"] as? String == "Joint Governing Body minutes" })
        XCTAssertEqual(added["date"] as? String, "2019-06-12")
        XCTAssertEqual(added["reference"] as? String, "JGB/2019/07")
        let summary = try BinaryRunner.run(["summary", path])
        XCTAssertEqual(summary.status, 0)
        XCTAssertTrue(summary.output.contains("£1,410.8m"))
        XCTAssertTrue(summary.output.contains("Readiness: 0/10 assured"))
        XCTAssertEqual(try BinaryRunner.run(["validate", path]).status, 0)
    }

    func testEnterReadsATestInFullPgDnScrollsAndEscReturnsToTheSameTest() throws {
        let (directory, path) = try copyOfFixture("coventry-warwickshire")
        let session = try TmuxSession(arguments: [path], directory: directory)
        session.waitFor(text: "Readiness")
        try session.send("2", "j", "j")
        session.waitFor(text: "▶  3 III. Strategic")
        try session.send("Enter")
        // The end of the description marks a whole frame: a capture can catch one half drawn.
        let top = session.waitFor(text: "appropriate nature and quality.")
        XCTAssertTrue(top.contains("Merger test 3 of 10"), top)
        XCTAssertTrue(top.contains("In line with the legal requirements, the existing CCGs must"), top)
        XCTAssertFalse(top.contains("Evidence (3)"), top)
        try session.send("PageDown")
        session.waitFor(text: "Evidence (3)")
        try session.send("Escape")
        let back = session.waitFor(text: "▶  3 III. Strategic")
        XCTAssertFalse(back.contains("Merger test 3 of 10"), back)
        try session.send("q")
        XCTAssertEqual(session.waitForExit(), 0)
    }

    func testPresentingModeIsReadOnlyAndReturnsToWhereYouWere() throws {
        let (directory, path) = try copyOfFixture("lancashire-south-cumbria")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let session = try TmuxSession(arguments: [path], directory: directory)
        session.waitFor(text: "Readiness")
        try session.send("2", "j")
        session.waitFor(text: "▶  2 Co-terminosity")
        try session.send(":")
        try session.type("present")
        try session.send("Enter")
        session.waitFor(text: "PRESENTING")
        // Every edit key, then save: nothing may change.
        try session.send("g", "r", "s", "A", "d", "x", "y", "J", "e", "u", "C-r", "C-s")
        try session.send("3")
        session.waitFor(text: "Option 5")
        let presenting = session.screen()
        XCTAssertTrue(presenting.contains("PRESENTING"))
        XCTAssertFalse(presenting.contains("[+]"), "nothing was modified:\n\(presenting)")
        try session.send("Escape")
        let back = session.waitFor("presenting mode to end") { !$0.contains("PRESENTING") }
        XCTAssertTrue(back.contains("[2 Merger tests]"), "returns to the pane it started from:\n\(back)")
        XCTAssertTrue(back.contains("▶  2 Co-terminosity"))
        try session.send("q")
        XCTAssertEqual(session.waitForExit(), 0)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
    }
}
