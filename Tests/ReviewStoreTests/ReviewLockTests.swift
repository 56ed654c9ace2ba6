import Foundation
import XCTest
import ReviewModel
@testable import ReviewStore

struct UnexpectedOutcome: Error {}

final class ReviewLockTests: XCTestCase {
    private var directory = ""

    override func setUpWithError() throws {
        directory = try FixturePaths.temporaryDirectory()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: directory)
    }

    private func acquired(_ outcome: LockOutcome, file: StaticString = #filePath, line: UInt = #line) throws -> ReviewLock {
        guard case .acquired(let held) = outcome, let lock = held as? ReviewLock else {
            XCTFail("expected the lock, got \(outcome)", file: file, line: line)
            throw UnexpectedOutcome()
        }
        return lock
    }

    private func holder(_ outcome: LockOutcome, file: StaticString = #filePath, line: UInt = #line) throws -> LockHolder {
        guard case .heldByOther(let holder) = outcome else {
            XCTFail("expected the lock to be held, got \(outcome)", file: file, line: line)
            throw UnexpectedOutcome()
        }
        return holder
    }

    private func isTimestamp(_ text: String) -> Bool {
        text.range(of: #"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"#, options: .regularExpression) != nil
    }

    func testASecondAcquireInTheSameProcessIsRefusedAndNamesThisProcess() throws {
        let path = "\(directory)/review.json"
        let lock = try acquired(ReviewLock.acquire(for: path))
        XCTAssertEqual(lock.lockPath, path + ".lock")
        // flock belongs to the open file description, so a second open conflicts even here.
        let other = try holder(ReviewLock.acquire(for: path))
        XCTAssertEqual(other.pid, getpid())
        XCTAssertEqual(other.user, ProcessIdentity.loginName())
        XCTAssertFalse(other.user.isEmpty)
        XCTAssertEqual(other.host, ProcessIdentity.hostName())
        XCTAssertTrue(isTimestamp(other.since), other.since)
        XCTAssertTrue(other.isConfirmed)
        XCTAssertEqual(other, lock.holder)
        XCTAssertTrue(other.description.contains("(process \(getpid()))"), other.description)
        lock.release()
    }

    func testReleaseRemovesTheFileAndANewAcquireSucceeds() throws {
        let path = "\(directory)/review.json"
        let first = try acquired(ReviewLock.acquire(for: path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: path + ".lock"))
        first.release()
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".lock"))
        first.release()  // twice is harmless
        let second = try acquired(ReviewLock.acquire(for: path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: path + ".lock"))
        // Releasing the old lock again must not remove the new holder's file.
        first.release()
        XCTAssertTrue(FileManager.default.fileExists(atPath: path + ".lock"))
        XCTAssertNotNil(try? holder(ReviewLock.acquire(for: path)))
        second.release()
    }

    func testDroppingTheLastReferenceReleases() throws {
        let path = "\(directory)/review.json"
        do {
            let lock = try acquired(ReviewLock.acquire(for: path))
            withExtendedLifetime(lock) {
                XCTAssertNotNil(try? holder(ReviewLock.acquire(for: path)), "held while referenced")
            }
        }
        let again = try acquired(ReviewLock.acquire(for: path))
        again.release()
    }

    func testTheLockFileIsPrivateAndSaysWhoHoldsIt() throws {
        let path = "\(directory)/review.json"
        let mask = umask(0)
        defer { umask(mask) }
        let lock = try acquired(ReviewLock.acquire(for: path))
        let status = try XCTUnwrap(try PosixFileSystem().status(lock.lockPath))
        XCTAssertEqual(status.mode, 0o600)
        let text = try String(contentsOfFile: lock.lockPath, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("merger-review lock\n"), text)
        XCTAssertTrue(text.contains("\npid=\(getpid())\n"), text)
        XCTAssertEqual(LockHolder.parse(Array(text.utf8)), lock.holder)
        lock.release()
    }

    func testAStaleLockFileIsTakenOver() throws {
        let path = "\(directory)/review.json"
        let stale = "merger-review lock\nuser=ghost\nhost=gone\npid=999999\nsince=2019-01-01T00:00:00Z\n"
        XCTAssertTrue(FileManager.default.createFile(atPath: path + ".lock", contents: Data(stale.utf8),
                                                     attributes: [.posixPermissions: 0o644]))
        let lock = try acquired(ReviewLock.acquire(for: path))
        XCTAssertEqual(try XCTUnwrap(try PosixFileSystem().status(lock.lockPath)).mode, 0o600, "tightened to 0600")
        let holder = LockHolder.parse(Array(try Data(contentsOf: URL(fileURLWithPath: lock.lockPath))))
        XCTAssertEqual(holder.pid, getpid(), "the stale details are replaced")
        XCTAssertNotEqual(holder.user, "ghost")
        lock.release()
    }

    func testTheLockSitsBesideTheFileASymlinkPointsAt() throws {
        try FileManager.default.createDirectory(atPath: "\(directory)/real", withIntermediateDirectories: true)
        let target = "\(directory)/real/review.json"
        XCTAssertTrue(FileManager.default.createFile(atPath: target, contents: Data("{}".utf8)))
        try FileManager.default.createSymbolicLink(atPath: "\(directory)/link.json", withDestinationPath: "real/review.json")
        let lock = try acquired(ReviewLock.acquire(for: "\(directory)/link.json"))
        XCTAssertEqual(lock.lockPath, target + ".lock")
        XCTAssertNotNil(try? holder(ReviewLock.acquire(for: target)), "the same review under another name is locked")
        lock.release()
    }

    func testALockPathThatIsASymlinkIsNeverFollowed() throws {
        let path = "\(directory)/review.json"
        let victim = "\(directory)/precious.txt"
        XCTAssertTrue(FileManager.default.createFile(atPath: victim, contents: Data("keep me\n".utf8)))
        try FileManager.default.createSymbolicLink(atPath: path + ".lock", withDestinationPath: victim)
        guard case .unavailable(let error) = ReviewLock.acquire(for: path) else { return XCTFail("followed a symlinked lock file") }
        XCTAssertEqual(error.description, "\(String(cString: strerror(ELOOP))): cannot use a symbolic link as the lock file \(path).lock")
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "keep me\n")
    }

    func testALockPathThatIsAFIFOIsRefusedWithoutBlocking() throws {
        let path = "\(directory)/review.json"
        XCTAssertEqual(mkfifo(path + ".lock", 0o600), 0)
        guard case .unavailable(let error) = ReviewLock.acquire(for: path) else { return XCTFail("used a FIFO as the lock file") }
        XCTAssertTrue(error.description.contains("not a regular file"), error.description)
    }

    func testAMissingDirectoryMakesTheLockUnavailable() throws {
        guard case .unavailable(let error) = ReviewLock.acquire(for: "\(directory)/no/such/dir/review.json") else {
            return XCTFail("locked in a directory that does not exist")
        }
        XCTAssertEqual(error.code, ENOENT)
    }

    func testHolderTextIsParsedDefensively() {
        let hostile = Array("merger-review lock\nuser=eve\u{1B}[2J\nhost=\nx=y\npid=-5\nsince=2020-01-30T09:15:00Z\njunk\n".utf8)
        let holder = LockHolder.parse(hostile + [0xFF, 0xFE])
        XCTAssertEqual(holder.user, "eve?[2J", "no escape sequences reach the terminal")
        XCTAssertEqual(holder.host, "")
        XCTAssertNil(holder.pid)
        XCTAssertEqual(holder.since, "2020-01-30T09:15:00Z")
        XCTAssertEqual(LockHolder.parse([]), LockHolder(user: "", host: "", pid: nil, since: ""))
        XCTAssertEqual(LockHolder.parse(Array(holder.fileText.utf8)), holder)
        XCTAssertEqual(UTCTimestamp.format(0), "1970-01-01T00:00:00Z")
        XCTAssertEqual(UTCTimestamp.format(1_580_375_700), "2020-01-30T09:15:00Z")
    }

    func testAKilledHolderLeavesAStaleLockThatIsTakenOver() throws {
        let path = "\(directory)/review.json"
        let child = try CrashSaverProcess(["--hold-lock", path])
        let line = try XCTUnwrap(child.waitForLine(startingWith: "locked"), "the helper did not lock: \(child.standardError)")
        XCTAssertEqual(line, "locked \(child.pid)")
        let other = try holder(ReviewLock.acquire(for: path))
        XCTAssertEqual(other.pid, child.pid, "the lock file names the child")
        child.killHard()
        XCTAssertTrue(FileManager.default.fileExists(atPath: path + ".lock"), "kill -9 leaves the file behind")
        let lock = try acquired(ReviewLock.acquire(for: path))
        XCTAssertEqual(lock.holder.pid, getpid())
        // And now the child's view: a new helper finds it held by us.
        let second = try CrashSaverProcess(["--hold-lock", path])
        XCTAssertEqual(second.waitForLine(startingWith: "held"), "held \(getpid())")
        second.process.waitUntilExit()
        XCTAssertEqual(second.process.terminationStatus, 3)
        lock.release()
    }

    func testAHolderThatExitsNormallyRemovesItsLockFile() throws {
        let path = "\(directory)/review.json"
        let child = try CrashSaverProcess(["--hold-lock", path])
        XCTAssertNotNil(child.waitForLine(startingWith: "locked"), child.standardError)
        child.closeInput()
        child.process.waitUntilExit()
        XCTAssertEqual(child.process.terminationStatus, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".lock"))
    }
}
