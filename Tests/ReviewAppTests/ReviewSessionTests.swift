import Foundation
import XCTest
import ReviewModel
import ReviewStore
import TerminalToolkit
import FakeFileSystem
@testable import ReviewApp

/// The session's rules on the fake file system: the lock, saving and save as, changes made on
/// disk by someone else, the journal and recovery, a journal that cannot be written, a read-only
/// session taking over when the holder ends.
final class ReviewSessionTests: XCTestCase {
    private let path = "/reviews/review.json"
    private var journalPath: String { path + ".recovery" }

    /// A clock the test moves by hand.
    final class TestClock: @unchecked Sendable {
        var seconds = 1_000.0
        var clock: SessionClock {
            SessionClock(timestamp: { "2026-11-23T10:00:00Z" }, seconds: { [self] in seconds })
        }
    }

    private func fileSystem() throws -> FakeFileSystem {
        let fileSystem = FakeFileSystem()
        fileSystem.install(ReviewCodec.encode(try AppTestSupport.review("lancashire-south-cumbria")), at: path)
        return fileSystem
    }

    private func open(_ fileSystem: FakeFileSystem, clock: TestClock = TestClock(), user: String = "alice") throws -> ReviewSession {
        let loaded = try ReviewStore(fileSystem: fileSystem).load(path)
        return ReviewSession(path: path, loaded: loaded, fileSystem: fileSystem, clock: clock.clock, user: user, host: "ward",
                             pid: 7, syncsInBackground: false)
    }

    /// The app over a session, as the executable wires them.
    private func program(_ session: ReviewSession, fileSystem: FakeFileSystem) throws -> ReviewProgram {
        let loaded = try ReviewStore(fileSystem: fileSystem).load(path)
        var state = AppState(review: loaded.review, filePath: path, today: AppTestSupport.today, user: session.user,
                             readOnlyReason: session.readOnlyReason)
        if let offer = session.recoveryOffer { state.mode = .confirmRecovery(offer.dialog, offer) }
        return ReviewProgram(state: state, environment: session.environment)
    }

    private func press(_ keys: [Key], _ program: inout ReviewProgram) {
        for key in keys { _ = program.handle(key) }
    }

    private func onDisk(_ fileSystem: FakeFileSystem) throws -> Review {
        try ReviewStore(fileSystem: fileSystem).load(path).review
    }

    // MARK: - The lock

    func testTheLockIsTakenAndAnotherSessionIsReadOnlyNamingTheHolder() throws {
        let fileSystem = try fileSystem()
        let first = try open(fileSystem)
        XCTAssertNil(first.readOnlyReason)
        XCTAssertTrue(fileSystem.isLocked(path))
        let second = try open(fileSystem, user: "bob")
        let reason = try XCTUnwrap(second.readOnlyReason)
        XCTAssertTrue(reason.contains("tester on test-host (process 4242)"), reason)
        var program = try self.program(second, fileSystem: fileSystem)
        press([.char("2"), .char("r")], &program)
        XCTAssertFalse(program.state.isModified, "a read-only session changes nothing")
        XCTAssertNil(fileSystem.contents(journalPath))
        first.finish()
        XCTAssertFalse(fileSystem.isLocked(path))
    }

    /// The holder dies: the read-only session notices while waiting for keys, says so (never naming
    /// the dead holder as having the file open), offers to take over, reloads what changed, and saves.
    func testAReadOnlySessionTakesOverWhenTheHolderDiesAndReloadsAChangedFile() throws {
        let fileSystem = try fileSystem()
        _ = fileSystem.holdLock(of: path, as: LockHolder(user: "carol", host: "ward", pid: 99, since: "2026-11-23T09:00:00Z"))
        let session = try open(fileSystem)
        var program = try self.program(session, fileSystem: fileSystem)
        XCTAssertTrue(program.state.session.readOnlyReason?.contains("carol") ?? false)
        let since = HumanTime.format("2026-11-23T09:00:00Z", timeZone: .current)
        XCTAssertTrue(program.state.session.readOnlyReason?.contains("since \(since)") ?? false, "in local time, as people write it")
        XCTAssertEqual(program.tick(), .continue)
        if case .confirmTakeOver = program.state.mode { XCTFail("the holder is alive: no offer") }

        // carol saved a change, then her session was killed.
        var theirs = try onDisk(fileSystem)
        theirs.mergerTests[1].owner = "Carol's change"
        fileSystem.overwrite(path, with: ReviewCodec.encode(theirs))
        fileSystem.killLockHolder(of: path)
        _ = program.tick()
        guard case .confirmTakeOver = program.state.mode else { return XCTFail("expected the take-over offer") }
        let screen = AppTestSupport.screen(program.state).joined(separator: "\n")
        XCTAssertTrue(screen.contains("carol no longer has"), screen)
        XCTAssertTrue(screen.contains("taking over reloads it"), screen)
        XCTAssertFalse(program.state.session.readOnlyReason?.contains("has this file open") ?? true, "the dead holder is not named as alive")
        press([.char("t")], &program)
        XCTAssertNil(program.state.session.readOnlyReason)
        XCTAssertEqual(program.state.review.mergerTests[1].owner, "Carol's change", "reloaded")
        press([.char("2"), .char("r"), .ctrl("s")], &program)
        XCTAssertEqual(try onDisk(fileSystem).mergerTests[0].rag, .red)
        XCTAssertEqual(try onDisk(fileSystem).mergerTests[1].owner, "Carol's change")
    }

    func testStayingReadOnlyLetsTheLockGo() throws {
        let fileSystem = try fileSystem()
        _ = fileSystem.holdLock(of: path, as: LockHolder(user: "carol", host: "", pid: 99, since: ""))
        var program = try self.program(try open(fileSystem), fileSystem: fileSystem)
        fileSystem.killLockHolder(of: path)
        _ = program.tick()
        XCTAssertTrue(fileSystem.isLocked(path), "the watching session took the lock")
        press([.escape], &program)
        XCTAssertFalse(fileSystem.isLocked(path))
        XCTAssertTrue(program.state.isReadOnly)
    }

    // MARK: - Saving

    func testSaveAsMovesTheLockAndTheJournalToTheNewFile() throws {
        let fileSystem = try fileSystem()
        let session = try open(fileSystem)
        var program = try self.program(session, fileSystem: fileSystem)
        press([.char("2"), .char("r")], &program)
        XCTAssertNotNil(fileSystem.contents(journalPath))
        press([.char(":")] + AppTestSupport.type("w /reviews/copy.json") + [.enter], &program)
        XCTAssertEqual(session.path, "/reviews/copy.json")
        XCTAssertTrue(fileSystem.isLocked("/reviews/copy.json"))
        XCTAssertFalse(fileSystem.isLocked(path))
        XCTAssertNil(fileSystem.contents(journalPath), "the edits are in the copy")
        press([.char("j"), .char("g")], &program)
        XCTAssertNotNil(fileSystem.contents("/reviews/copy.json.recovery"))
    }

    func testAChangeOnDiskIsNotOverwrittenUnasked() throws {
        let fileSystem = try fileSystem()
        let session = try open(fileSystem)
        var program = try self.program(session, fileSystem: fileSystem)
        press([.char("2"), .char("r")], &program)
        var theirs = try onDisk(fileSystem)
        theirs.programme.name = "Their name"
        fileSystem.overwrite(path, with: ReviewCodec.encode(theirs))
        press([.ctrl("s")], &program)
        guard case .confirmOverwrite = program.state.mode else { return XCTFail("expected the changed-on-disk dialog") }
        XCTAssertEqual(try onDisk(fileSystem).programme.name, "Their name")
        press([.char("o")], &program)
        XCTAssertEqual(try onDisk(fileSystem).mergerTests[0].rag, .red)
        XCTAssertNil(fileSystem.contents(journalPath), "a save truncates the journal")
    }

    // MARK: - Journal and recovery

    func testEveryEditIsAppendedAndACrashedSessionsEditsAreOfferedAndRestored() throws {
        let fileSystem = try fileSystem()
        let original = try onDisk(fileSystem)
        var program = try self.program(try open(fileSystem), fileSystem: fileSystem)
        press([.char("2"), .char("r"), .char("j"), .char("a"), .char("s")], &program)
        let edited = program.state.review
        let contents = try EditJournal.read(try XCTUnwrap(fileSystem.contents(journalPath)))
        XCTAssertEqual(contents.edits.count, 3)
        XCTAssertEqual(contents.edits.map(\.changeCount), [1, 2, 3])
        fileSystem.crash()

        let session = try open(fileSystem)
        let offer = try XCTUnwrap(session.recoveryOffer)
        XCTAssertEqual(offer.review, edited)
        XCTAssertEqual(offer.changeCount, 3)
        XCTAssertEqual(offer.who, "alice")
        XCTAssertNil(offer.difference)
        var second = try self.program(session, fileSystem: fileSystem)
        press([.char("r")], &second)
        XCTAssertEqual(second.state.review, edited)
        XCTAssertEqual(try onDisk(fileSystem), original, "restored, not yet saved")
        // The restored edits are journaled again by this session (a crash now still keeps them).
        fileSystem.crash()
        XCTAssertEqual(try open(fileSystem).recoveryOffer?.review, edited)
    }

    func testDiscardingTheOfferRemovesTheJournalAndKeepingItLeavesIt() throws {
        let fileSystem = try fileSystem()
        var first = try self.program(try open(fileSystem), fileSystem: fileSystem)
        press([.char("2"), .char("r")], &first)
        fileSystem.crash()

        var keeping = try self.program(try open(fileSystem), fileSystem: fileSystem)
        press([.char("k")], &keeping)
        XCTAssertTrue(keeping.state.isReadOnly)
        XCTAssertEqual(keeping.handle(.char("q")), .quit(exitCode: 0))
        XCTAssertNotNil(fileSystem.contents(journalPath), "kept for later")
        fileSystem.crash()

        var discarding = try self.program(try open(fileSystem), fileSystem: fileSystem)
        press([.char("d")], &discarding)
        XCTAssertNil(fileSystem.contents(journalPath))
        fileSystem.crash()
        XCTAssertNil(try open(fileSystem).recoveryOffer)
    }

    func testUndoingBackToTheSavedVersionClearsTheJournal() throws {
        let fileSystem = try fileSystem()
        var program = try self.program(try open(fileSystem), fileSystem: fileSystem)
        press([.char("2"), .char("r")], &program)
        XCTAssertNotNil(fileSystem.contents(journalPath))
        press([.char("u")], &program)
        XCTAssertNil(fileSystem.contents(journalPath))
        press([.char("g")], &program)
        fileSystem.crash()
        XCTAssertEqual(try open(fileSystem).recoveryOffer?.review.mergerTests[0].rag, .green, "the journal starts again from the file")
    }

    /// An open editor's text is journaled at most once a second and offered on recovery.
    func testTheOpenEditorsTextIsJournaledAsADraftAndOffered() throws {
        let fileSystem = try fileSystem()
        let clock = TestClock()
        var editing = try self.program(try open(fileSystem, clock: clock), fileSystem: fileSystem)
        press([.char("2"), .char("e")], &editing)
        press(AppTestSupport.type("Owner"), &editing)
        let drafts = { try EditJournal.read(fileSystem.contents(self.journalPath) ?? []).records.count }
        XCTAssertEqual(try drafts(), 1, "the first draft at once")
        press(AppTestSupport.type(" text"), &editing)
        XCTAssertEqual(try drafts(), 1, "no more than one a second")
        clock.seconds += 1.5
        _ = editing.tick()
        XCTAssertEqual(try drafts(), 2, "the latest text once the second has passed")
        fileSystem.crash()
        let offer = try XCTUnwrap(try open(fileSystem).recoveryOffer)
        XCTAssertEqual(offer.changeCount, 0)
        XCTAssertTrue(offer.draft?.hasSuffix("Owner text") ?? false, offer.draft ?? "no draft")
        XCTAssertTrue(offer.dialog.message.joined().contains("Unfinished edit by alice"), "\(offer.dialog.message)")
    }

    // MARK: - A journal that cannot be written

    func testAFailedJournalWriteIsShownAtOnceStaysVisibleIsRetriedAndTheQuitGuardNamesIt() throws {
        let fileSystem = try fileSystem()
        final class Switch: @unchecked Sendable { var full = true }
        let disk = Switch()
        fileSystem.failure = { _, path in disk.full && path.contains(".recovery") ? ENOSPC : nil }
        var program = try self.program(try open(fileSystem), fileSystem: fileSystem)
        press([.char("2"), .char("r")], &program)
        let expected = "Recovery file cannot be written: the disk is full — save elsewhere with :w PATH"
        XCTAssertEqual(program.state.message?.text, expected)
        XCTAssertTrue(program.state.message?.isError ?? false)
        XCTAssertLessThanOrEqual(expected.count, 80)
        press([.char("j"), .char("3")], &program)
        XCTAssertEqual(program.state.message?.text, expected, "it stays on the status line")
        press([.char("q")], &program)
        let dialog = AppTestSupport.screen(program.state).joined(separator: "\n")
        XCTAssertTrue(dialog.contains("Not in the recovery file either"), dialog)
        press([.escape], &program)

        disk.full = false
        _ = program.tick()
        XCTAssertNil(program.state.session.journalProblem)
        XCTAssertTrue(program.state.message?.text.contains("written again") ?? false)
        fileSystem.crash()
        XCTAssertEqual(try open(fileSystem).recoveryOffer?.review.mergerTests[0].rag, .red, "the retry wrote the unsaved edit")
    }

    // MARK: - Recovery knows what is already saved

    /// Saved, then killed before the journal was removed (here: the journal copied aside before
    /// the save and copied back after): no offer, and the file's history stays whole.
    func testAJournalWhoseEditsAreSavedIsDiscardedSilentlyAndHistoryStaysWhole() throws {
        let fileSystem = try fileSystem()
        let session = try open(fileSystem)
        var program = try self.program(session, fileSystem: fileSystem)
        press([.char("2"), .char("g")], &program)
        let journal = try XCTUnwrap(fileSystem.contents(journalPath))
        press([.ctrl("s")], &program)
        let saved = try onDisk(fileSystem)
        XCTAssertEqual(program.handle(.char("q")), .quit(exitCode: 0))
        session.finish()
        fileSystem.install(journal, at: journalPath)

        var reopened = try self.program(try open(fileSystem), fileSystem: fileSystem)
        if case .confirmRecovery = reopened.state.mode { XCTFail("no recovery offer: the edits are saved") }
        XCTAssertNil(fileSystem.contents(journalPath), "removed without a word")
        press([.char("2"), .char("j"), .char("r"), .ctrl("s")], &reopened)
        XCTAssertEqual(try onDisk(fileSystem).history.count, saved.history.count + 1, "no history entry lost")
        XCTAssertEqual(Array(try onDisk(fileSystem).history.prefix(saved.history.count)), saved.history)
    }

    /// Edits made on a version of the file that someone else has saved over since: offered with
    /// what restoring does, and restoring keeps the history entry of that save.
    func testAJournalOnAnOlderVersionIsOfferedWithTheDifferenceAndKeepsHistory() throws {
        let fileSystem = try fileSystem()
        var mine = try self.program(try open(fileSystem), fileSystem: fileSystem)
        press([.char("2"), .char("r")], &mine)
        let myEdit = mine.state.review
        fileSystem.crash()

        // Someone else opens the file, keeps my edits for later... no: saves their own change.
        fileSystem.nextHolder = LockHolder(user: "bob", host: "", pid: 5, since: "")
        var theirs = try onDisk(fileSystem)
        theirs.programme.name = "Bob's name"
        theirs.history.append(HistoryEntry(at: "2026-11-23T11:00:00Z", user: "bob", changes: ["Changed programme details"]))
        try ReviewStore(fileSystem: fileSystem).save(theirs, to: path)

        let session = try open(fileSystem)
        let offer = try XCTUnwrap(session.recoveryOffer)
        let difference = try XCTUnwrap(offer.difference).joined(separator: " ")
        XCTAssertTrue(difference.contains("earlier version"), difference)
        XCTAssertTrue(difference.contains("bob"), difference)
        XCTAssertEqual(offer.review.mergerTests[0].rag, myEdit.mergerTests[0].rag)
        XCTAssertEqual(offer.review.history, theirs.history, "restoring keeps the history entry of bob's save")
        var restoring = try self.program(session, fileSystem: fileSystem)
        press([.char("r"), .ctrl("s")], &restoring)
        XCTAssertEqual(Array(try onDisk(fileSystem).history.prefix(theirs.history.count)), theirs.history)
    }
}
