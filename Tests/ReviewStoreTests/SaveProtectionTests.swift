import Foundation
import XCTest
import ReviewModel
@testable import ReviewStore

/// A real file system seen through a fake: it reports the owner, group and process identity
/// a test chooses, and records the ownership the writer gives the new file.
final class OwnershipFileSystem: FileSystem, @unchecked Sendable {
    let real = PosixFileSystem()
    /// What `status` reports as the owner and group of files.
    var fileOwner: (user: UInt32, group: UInt32)
    let process: (user: UInt32, group: UInt32)
    /// Whether `setOwner` may give a file to another user (as root may).
    let mayGiveAway: Bool
    private(set) var ownersSet: [(user: UInt32, group: UInt32)] = []
    private(set) var calls: [String] = []

    init(fileOwner: (UInt32, UInt32), process: (UInt32, UInt32), mayGiveAway: Bool) {
        self.fileOwner = fileOwner
        self.process = process
        self.mayGiveAway = mayGiveAway
    }

    func status(_ path: String) throws(FileSystemError) -> FileStatus? {
        guard var status = try real.status(path) else { return nil }
        (status.owner, status.group) = fileOwner
        return status
    }
    func resolveLinks(_ path: String) -> String { real.resolveLinks(path) }
    func readAll(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] { try real.readAll(path, limit: limit) }
    func createExclusive(_ path: String) throws(FileSystemError) -> Int32 { try real.createExclusive(path) }
    func write(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws(FileSystemError) { try real.write(descriptor, bytes, path: path) }
    func setMode(_ descriptor: Int32, _ mode: UInt32, path: String) throws(FileSystemError) {
        calls.append("setMode")
        try real.setMode(descriptor, mode, path: path)
    }
    func sync(_ descriptor: Int32, path: String) throws(FileSystemError) { try real.sync(descriptor, path: path) }
    func close(_ descriptor: Int32, path: String) throws(FileSystemError) { try real.close(descriptor, path: path) }
    func rename(_ from: String, to: String) throws(FileSystemError) { try real.rename(from, to: to) }
    func link(_ existing: String, as newPath: String) throws(FileSystemError) { try real.link(existing, as: newPath) }
    func remove(_ path: String) { real.remove(path) }
    func syncDirectory(_ path: String) throws(FileSystemError) { try real.syncDirectory(path) }
    func setOwner(_ descriptor: Int32, owner: UInt32, group: UInt32, path: String) throws(FileSystemError) {
        calls.append("setOwner")
        guard mayGiveAway || owner == process.user else { throw FileSystemError(operation: "set the owner of", path: path, code: EPERM) }
        ownersSet.append((owner, group))
    }
    var processOwner: (user: UInt32, group: UInt32) { process }
}

final class SaveProtectionTests: XCTestCase {
    private func file(_ text: String, mode: mode_t = 0o640) throws -> (directory: String, path: String) {
        let directory = try FixturePaths.temporaryDirectory()
        let path = "\(directory)/review.json"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        XCTAssertEqual(chmod(path, mode), 0)
        return (directory, path)
    }

    private func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    func testRootKeepsTheOwnerAndGroupAndTheMode() throws {
        let (directory, path) = try file("old\n")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let nobody = OwnershipFileSystem(fileOwner: (65_534, 65_534), process: (0, 0), mayGiveAway: true)
        try DurableWriter(fileSystem: nobody).write(Array("new\n".utf8), to: path)
        XCTAssertEqual(nobody.ownersSet.map(\.user), [65_534])
        XCTAssertEqual(nobody.ownersSet.map(\.group), [65_534])
        XCTAssertEqual(nobody.calls, ["setOwner", "setMode"], "the mode is set after the owner (chown clears set-id bits)")
        XCTAssertEqual(try PosixFileSystem().status(path)?.mode, 0o640)
        XCTAssertEqual(contents(path), "new\n")
    }

    func testAnotherUserKeepsTheGroupWhenTheFileCannotBeGivenAway() throws {
        let (directory, path) = try file("old\n")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let shared = OwnershipFileSystem(fileOwner: (2_000, 3_000), process: (1_000, 1_000), mayGiveAway: false)
        try DurableWriter(fileSystem: shared).write(Array("new\n".utf8), to: path)
        XCTAssertEqual(shared.ownersSet.map(\.user), [1_000], "the file stays ours")
        XCTAssertEqual(shared.ownersSet.map(\.group), [3_000], "with its group")
        XCTAssertEqual(contents(path), "new\n", "not being able to set the owner never fails the save")
    }

    func testOurOwnFileNeedsNoOwnershipChange() throws {
        let (directory, path) = try file("old\n")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let ours = OwnershipFileSystem(fileOwner: (1_000, 1_000), process: (1_000, 1_000), mayGiveAway: false)
        try DurableWriter(fileSystem: ours).write(Array("new\n".utf8), to: path)
        XCTAssertEqual(ours.calls, ["setMode"])
    }

    func testAWriteProtectedFileIsNotReplacedWithoutAskingEvenByRoot() throws {
        let (directory, path) = try file("old\n", mode: 0o444)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let writer = DurableWriter(fileSystem: PosixFileSystem())
        XCTAssertThrowsError(try writer.write(Array("new\n".utf8), to: path)) { error in
            guard let error = error as? FileSystemError else { return XCTFail("\(error)") }
            XCTAssertTrue(error.needsConfirmation)
            XCTAssertEqual(error.description, "the file is write-protected (mode 444): cannot save over \(path)")
        }
        XCTAssertEqual(contents(path), "old\n")
        var options = DurableWriter.Options.review
        options.replacesProtected = true
        try writer.write(Array("new\n".utf8), to: path, options: options)
        XCTAssertEqual(contents(path), "new\n", "replaced once the user said so")
        XCTAssertEqual(try PosixFileSystem().status(path)?.mode, 0o444, "and still write-protected")
    }

    func testAHardLinkedFileIsNotSplitWithoutAsking() throws {
        let (directory, path) = try file("old\n", mode: 0o644)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let other = "\(directory)/other-name.json"
        XCTAssertEqual(link(path, other), 0)
        let store = ReviewStore()
        let review = StandardTests.blankReview(name: "x", asOf: CalendarDate(dayNumber: 18_000))
        XCTAssertThrowsError(try store.save(review, to: path)) { error in
            guard let error = error as? FileSystemError else { return XCTFail("\(error)") }
            XCTAssertTrue(error.needsConfirmation)
            XCTAssertTrue(error.description.hasPrefix("the file has 2 hard links; saving splits them"), error.description)
        }
        XCTAssertEqual(contents(path), "old\n")
        try store.save(review, to: path, replacingProtected: true)
        XCTAssertEqual(contents(other), "old\n", "the other name keeps the old version, as the user was told")
        XCTAssertNotEqual(contents(path), "old\n")
    }

    func testABackupLeftAsASecondNameIsNotCountedAsAHardLink() throws {
        let (directory, path) = try file("old\n", mode: 0o644)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        XCTAssertEqual(link(path, path + ".bak"), 0, "as a save stopped between the backup and the rename leaves it")
        try DurableWriter(fileSystem: PosixFileSystem()).write(Array("new\n".utf8), to: path)
        XCTAssertEqual(contents(path), "new\n")
        XCTAssertEqual(contents(path + ".bak"), "old\n")
    }

    func testABackupLinkLeftByAKilledSaveIsNotCountedAsAHardLink() throws {
        let (directory, path) = try file("old\n", mode: 0o644)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // A save killed after linking the backup under its temporary name, before renaming it.
        XCTAssertEqual(link(path, "\(directory)/.review.json.bak.tmp-31407-5"), 0)
        try DurableWriter(fileSystem: PosixFileSystem()).write(Array("new\n".utf8), to: path)
        XCTAssertEqual(contents(path), "new\n")
    }

    func testAFailedSaveNamesTheUsersFileAndLeadsWithTheReason() throws {
        let (directory, path) = try file("old\n", mode: 0o644)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for (operation, code, reason) in [("write", ENOSPC, "the disk is full"), ("create", EROFS, "the file system is read-only"),
                                          ("sync", EIO, "an input/output error"), ("rename", EACCES, "permission denied")] {
            let writer = DurableWriter(fileSystem: FailingFileSystem(failing: operation, code: code))
            XCTAssertThrowsError(try writer.write(Array("new\n".utf8), to: path)) { error in
                XCTAssertEqual("\(error)", "\(reason): cannot save \(path)", operation)
                XCTAssertFalse("\(error)".contains(".tmp-"), "never the temporary file's name")
            }
        }
        XCTAssertEqual("the disk is full: cannot save review.json".count <= 80, true)
    }

    func testTheChangeCheckSeesASameSizeRewriteWithItsModificationTimeSetBack() throws {
        let (directory, path) = try file("{\"a\": 1}\n", mode: 0o644)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let before = try XCTUnwrap(try PosixFileSystem().status(path))
        let fingerprint = FileFingerprint(before)
        let hash = ContentHash(of: Array("{\"a\": 1}\n".utf8))
        usleep(20_000)
        // Same size, new bytes, then the modification time put back as `touch -r` does.
        try Data("{\"a\": 2}\n".utf8).write(to: URL(fileURLWithPath: path))
        var times = [timespec(tv_sec: before.modifiedSeconds, tv_nsec: before.modifiedNanoseconds),
                     timespec(tv_sec: before.modifiedSeconds, tv_nsec: before.modifiedNanoseconds)]
        XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0)
        let after = try XCTUnwrap(try PosixFileSystem().status(path))
        XCTAssertEqual(after.size, before.size)
        XCTAssertEqual(after.modifiedSeconds, before.modifiedSeconds)
        XCTAssertEqual(after.modifiedNanoseconds, before.modifiedNanoseconds)
        XCTAssertEqual(after.inode, before.inode)
        XCTAssertEqual(ExternalChange.check(path: path, since: fingerprint, contentHash: hash), .modified)
        // A chmod moves only the change time: the bytes are compared and found the same.
        let again = FileFingerprint(after)
        XCTAssertEqual(chmod(path, 0o600), 0)
        XCTAssertEqual(ExternalChange.check(path: path, since: again, contentHash: ContentHash(of: Array("{\"a\": 2}\n".utf8))), .unchanged)
    }

    /// The fake: the change time alone differs, with other bytes: a change.
    func testTheChangeTimeAloneLeadsToTheBytesBeingCompared() throws {
        let (directory, path) = try file("{\"a\": 1}\n", mode: 0o644)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let status = try XCTUnwrap(try PosixFileSystem().status(path))
        var earlier = status
        earlier.changedNanoseconds = (status.changedNanoseconds + 1) % 1_000_000_000
        XCTAssertEqual(ExternalChange.check(path: path, since: FileFingerprint(earlier), contentHash: ContentHash(of: Array("other\n".utf8))), .modified)
        XCTAssertEqual(ExternalChange.check(path: path, since: FileFingerprint(earlier), contentHash: ContentHash(of: Array("{\"a\": 1}\n".utf8))), .unchanged)
        XCTAssertEqual(ExternalChange.check(path: path, since: FileFingerprint(earlier)), .modified, "without a hash, metadata decides")
    }
}
