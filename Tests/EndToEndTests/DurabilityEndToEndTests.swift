import Foundation
import XCTest

/// Never losing an edit, through the real binary in tmux: a hangup with unsaved edits is
/// recovered on reopening, and a second session on the same file is read-only until the
/// first is gone (even when it was killed with SIGKILL).
final class DurabilityEndToEndTests: XCTestCase {
    private func json(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func rags(_ path: String) throws -> [String] {
        let tests = try XCTUnwrap(try json(path)["mergerTests"] as? [[String: Any]])
        return tests.compactMap { $0["rag"] as? String }
    }

    func testHangupWithUnsavedEditsThenReopeningOffersRecoveryAndRestoresEveryEdit() throws {
        let (directory, path) = try BinaryRunner.copyOfFixture("lancashire-south-cumbria")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let first = try TmuxSession(arguments: [path], directory: directory)
        first.waitFor(text: "Readiness")
        // Three accepted edits: RAG on the first two tests, then the second test's status.
        try first.send("2", "r")
        first.waitFor(text: "RED")
        try first.send("j", "a")
        first.waitFor(text: "AMBER")
        try first.send("s")
        first.waitFor(text: "Evidenced   AMBER")
        let pid = try XCTUnwrap(first.appPid(), "no app pid")
        XCTAssertEqual(kill(pid, SIGHUP), 0)
        XCTAssertEqual(first.waitForExit(), 128 + SIGHUP)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before, "nothing was saved")
        XCTAssertTrue(FileManager.default.fileExists(atPath: path + ".recovery"), "the edits are kept beside the file")

        let second = try TmuxSession(arguments: [path], directory: directory)
        let offer = second.waitFor(text: "Unsaved changes found")
        XCTAssertTrue(offer.contains("3 changes by"), offer)
        try second.send("r")
        second.waitFor(text: "Restored 3 unsaved change(s)")
        try second.send("C-s")
        second.waitFor(text: "Saved")
        try second.send("q")
        XCTAssertEqual(second.waitForExit(), 0)

        let restored = try rags(path)
        XCTAssertEqual(Array(restored.prefix(2)), ["red", "amber"])
        let tests = try XCTUnwrap(try json(path)["mergerTests"] as? [[String: Any]])
        let original = try XCTUnwrap(try JSONSerialization.jsonObject(with: before) as? [String: Any])
        let originalTests = try XCTUnwrap(original["mergerTests"] as? [[String: Any]])
        XCTAssertNotEqual(tests[1]["status"] as? String, originalTests[1]["status"] as? String, "the status edit is restored too")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".recovery"), "a save removes the recovery file")
        XCTAssertEqual(try BinaryRunner.run(["validate", path]).status, 0)
    }

    func testASecondInstanceIsReadOnlyNamingTheFirstAndGetsWriteAccessAfterTheFirstIsKilled() throws {
        let (directory, path) = try BinaryRunner.copyOfFixture("lancashire-south-cumbria")
        let first = try TmuxSession(arguments: [path], directory: directory)
        first.waitFor(text: "Readiness")
        let firstPid = try XCTUnwrap(first.appPid(), "no app pid")

        let second = try TmuxSession(arguments: [path], width: 132, height: 43, directory: directory)
        let screen = second.waitFor(text: "[read-only]")
        XCTAssertTrue(screen.contains("process \(firstPid)"), "names the first session's pid:\n\(screen)")
        try second.send("2", "r")
        second.waitFor(text: "Read-only:")
        XCTAssertFalse(second.screen().contains("[+]"), "an edit key changes nothing")
        try second.send("q")
        XCTAssertEqual(second.waitForExit(), 0)

        XCTAssertEqual(kill(firstPid, SIGKILL), 0)
        XCTAssertEqual(first.waitForExit(), 128 + SIGKILL)

        let third = try TmuxSession(arguments: [path], directory: directory)
        third.waitFor(text: "Readiness")
        XCTAssertFalse(third.screen().contains("[read-only]"), third.screen())
        try third.send("2", "r")
        third.waitFor(text: "[+]")
        try third.send("C-s")
        third.waitFor(text: "Saved")
        try third.send("q")
        XCTAssertEqual(third.waitForExit(), 0)
        XCTAssertEqual(try rags(path).first, "red")
    }

    /// A read-only second session saving a copy leaves the first session's recovery file alone,
    /// and then edits the copy.
    func testAReadOnlySessionSavesACopyWithoutTouchingTheFirstSessionsRecoveryFile() throws {
        let (directory, path) = try BinaryRunner.copyOfFixture("lancashire-south-cumbria")
        let manager = FileManager.default
        let first = try TmuxSession(arguments: [path], directory: directory)
        first.waitFor(text: "Readiness")
        try first.send("2", "r")
        first.waitFor(text: "[+]")
        // The journal is written just after the frame that shows the edit.
        TmuxSession.waitUntil("the first session's recovery file") { manager.fileExists(atPath: path + ".recovery") }

        let second = try TmuxSession(arguments: [path], directory: directory)
        second.waitFor(text: "[read-only]")
        try second.send(":")
        try second.type("w copy.json")
        try second.send("Enter")
        second.waitFor(text: "Saved")
        XCTAssertTrue(manager.fileExists(atPath: path + ".recovery"), "the first session's unsaved edit is still recoverable")
        XCTAssertTrue(manager.fileExists(atPath: path + ".lock"), "and the first session still holds its file")
        XCTAssertFalse(second.screen().contains("[read-only]"), "the copy is this session's to edit:\n\(second.screen())")
        try second.send("2", "g")
        second.waitFor(text: "[+]")
        try second.send("C-s")
        second.waitFor(text: "Saved")
        try second.send("q")
        XCTAssertEqual(second.waitForExit(), 0)
        XCTAssertEqual(try rags("\(directory)/copy.json").first, "green")

        try first.send("q")
        first.waitFor(text: "unsaved")
        try first.send("d")
        XCTAssertEqual(first.waitForExit(), 0)
    }

    func testSaveAsMovesTheLockAndTheRecoveryFileToTheNewFile() throws {
        let (directory, path) = try BinaryRunner.copyOfFixture("lancashire-south-cumbria")
        let copy = "\(directory)/copy.json"
        let manager = FileManager.default
        let session = try TmuxSession(arguments: [path], directory: directory)
        session.waitFor(text: "Readiness")
        XCTAssertTrue(manager.fileExists(atPath: path + ".lock"))
        try session.send("2", "r")
        session.waitFor(text: "[+]")
        try session.send(":")
        try session.type("w copy.json")
        try session.send("Enter")
        session.waitFor(text: "Saved")
        XCTAssertTrue(manager.fileExists(atPath: copy + ".lock"), "the session now holds the new file")
        XCTAssertFalse(manager.fileExists(atPath: path + ".lock"), "and has let go of the old one")
        XCTAssertFalse(manager.fileExists(atPath: path + ".recovery"))
        try session.send("j", "g")
        session.waitFor(text: "[+]")
        let pid = try XCTUnwrap(session.appPid())
        XCTAssertEqual(kill(pid, SIGHUP), 0)
        XCTAssertEqual(session.waitForExit(), 128 + SIGHUP)
        XCTAssertTrue(manager.fileExists(atPath: copy + ".recovery"), "the unsaved edit to the copy is kept beside the copy")
        XCTAssertFalse(manager.fileExists(atPath: path + ".recovery"))
    }

    /// A read-only second session watches the lock: when the first is killed with SIGKILL it
    /// offers to take over (waited for on screen), and can then edit and save.
    func testAReadOnlySessionOffersToTakeOverWhenTheHolderIsKilledAndCanThenSave() throws {
        let (directory, path) = try BinaryRunner.copyOfFixture("lancashire-south-cumbria")
        let first = try TmuxSession(arguments: [path], directory: directory)
        first.waitFor(text: "Readiness")
        let firstPid = try XCTUnwrap(first.appPid(), "no app pid")
        let second = try TmuxSession(arguments: [path], directory: directory)
        second.waitFor(text: "[read-only]")
        XCTAssertEqual(kill(firstPid, SIGKILL), 0)
        XCTAssertEqual(first.waitForExit(), 128 + SIGKILL)
        let offer = second.waitFor(text: "File free to edit")
        XCTAssertFalse(offer.contains("process \(firstPid)) since"), "the dead session is not named as holding the file:\n\(offer)")
        try second.send("t")
        second.waitFor(text: "You can edit")
        try second.send("2", "r")
        second.waitFor(text: "[+]")
        try second.send("C-s")
        second.waitFor(text: "Saved")
        try second.send("q")
        XCTAssertEqual(second.waitForExit(), 0)
        XCTAssertEqual(try rags(path).first, "red")
    }

    /// 1,000 edits sent in one burst, far faster than one fsync each, then kill -9 as soon as the
    /// journal holds them: reopening offers all 1,000 and restoring brings every one back.
    func testAThousandEditsTypedFasterThanFsyncAreAllRecoveredAfterKillNine() throws {
        let (directory, path) = try BinaryRunner.copyOfFixture("lancashire-south-cumbria")
        let milestonesBefore = try XCTUnwrap(try json(path)["milestones"] as? [[String: Any]]).count
        // A small window: each key's frame is drawn before the next key is read, and drawing is
        // what a debug build spends its time on here.
        let first = try TmuxSession(arguments: [path], width: 60, height: 16, directory: directory)
        first.waitFor(text: "Timeline")
        let pid = try XCTUnwrap(first.appPid(), "no app pid")
        // y duplicates the selected milestone and selects the copy; k goes back to the original:
        // each pair is one edit that adds an item.
        try first.type(String(repeating: "yk", count: 1_000))
        // Counting record headers is enough to know when to kill; recovery reads them properly.
        let recordStart = Data("\nedit ".utf8)
        TmuxSession.waitUntil("1,000 edits in the journal", timeout: 120) {
            guard let data = FileManager.default.contents(atPath: path + ".recovery") else { return false }
            var count = 0
            var range = data.startIndex..<data.endIndex
            while let found = data.range(of: recordStart, in: range) {
                count += 1
                range = found.upperBound..<data.endIndex
            }
            return count >= 1_000
        }
        XCTAssertEqual(kill(pid, SIGKILL), 0)
        XCTAssertEqual(first.waitForExit(), 128 + SIGKILL)

        let second = try TmuxSession(arguments: [path], directory: directory)
        let offer = second.waitFor(text: "Unsaved changes found")
        XCTAssertTrue(offer.contains("1000 changes by"), offer)
        try second.send("r")
        second.waitFor(text: "Restored 1000 unsaved change(s)")
        try second.send("C-s")
        second.waitFor(text: "Saved")
        try second.send("q")
        XCTAssertEqual(second.waitForExit(), 0)
        let milestonesAfter = try XCTUnwrap(try json(path)["milestones"] as? [[String: Any]]).count
        XCTAssertEqual(milestonesAfter, milestonesBefore + 1_000)
    }
}
