import Foundation
import XCTest
import ReviewModel
import FakeFileSystem
@testable import ReviewStore

/// Records appended while an `fsync` runs are made durable together by the next one, and the
/// caller never waits for an `fsync` to append.
final class GroupCommitTests: XCTestCase {
    /// The fake file system, with `sync` held until the test lets it go.
    final class SlowSync: FileSystem, @unchecked Sendable {
        let fake = FakeFileSystem()
        let entered = DispatchSemaphore(value: 0)
        let proceed = DispatchSemaphore(value: 0)
        private let mutex = NSLock()
        private var holding = false
        private(set) var syncs = 0

        func holdSyncs(_ hold: Bool) {
            mutex.lock()
            holding = hold
            mutex.unlock()
        }

        func sync(_ descriptor: Int32, path: String) throws(FileSystemError) {
            mutex.lock()
            let hold = holding
            syncs += 1
            mutex.unlock()
            if hold {
                entered.signal()
                proceed.wait()
            }
            try fake.sync(descriptor, path: path)
        }

        func status(_ path: String) throws(FileSystemError) -> FileStatus? { try fake.status(path) }
        func resolveLinks(_ path: String) -> String { path }
        func readAll(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] { try fake.readAll(path, limit: limit) }
        func createExclusive(_ path: String) throws(FileSystemError) -> Int32 { try fake.createExclusive(path) }
        func openForAppending(_ path: String) throws(FileSystemError) -> Int32 { try fake.openForAppending(path) }
        func write(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws(FileSystemError) { try fake.write(descriptor, bytes, path: path) }
        func write(_ descriptor: Int32, _ bytes: [UInt8], at offset: Int, path: String) throws(FileSystemError) {
            try fake.write(descriptor, bytes, at: offset, path: path)
        }
        func readBack(_ descriptor: Int32, count: Int, at offset: Int, path: String) throws(FileSystemError) -> [UInt8] {
            try fake.readBack(descriptor, count: count, at: offset, path: path)
        }
        func setMode(_ descriptor: Int32, _ mode: UInt32, path: String) throws(FileSystemError) { try fake.setMode(descriptor, mode, path: path) }
        func close(_ descriptor: Int32, path: String) throws(FileSystemError) { try fake.close(descriptor, path: path) }
        func rename(_ from: String, to: String) throws(FileSystemError) { try fake.rename(from, to: to) }
        func link(_ existing: String, as newPath: String) throws(FileSystemError) { try fake.link(existing, as: newPath) }
        func remove(_ path: String) { fake.remove(path) }
        func syncDirectory(_ path: String) throws(FileSystemError) { try fake.syncDirectory(path) }
        func acquireLock(for reviewPath: String) -> LockOutcome { fake.acquireLock(for: reviewPath) }
    }

    private func record(_ n: Int) -> [UInt8] {
        EditJournal.recordBytes(.draft(JournalDraft(at: "2026-11-23T10:00:0\(n)Z", text: "draft \(n)")))
    }

    func testRecordsAppendedDuringAnFsyncAreMadeDurableTogetherByTheNext() throws {
        let fileSystem = SlowSync()
        let path = "/reviews/review.json.recovery"
        let journal = JournalAppender(path: path, fileSystem: fileSystem, syncsInBackground: true)
        let header = EditJournal.headerBytes(JournalHeader(base: nil, user: "a", host: "", pid: nil, started: ""))
        try journal.start(header)
        let syncsAfterStart = fileSystem.syncs
        fileSystem.holdSyncs(true)
        try journal.append(record(1))
        fileSystem.entered.wait()
        // The first fsync is running (held): appending does not wait for it.
        for n in 2...5 { try journal.append(record(n)) }
        fileSystem.holdSyncs(false)
        fileSystem.proceed.signal()
        XCTAssertNil(journal.waitUntilDurable())
        XCTAssertEqual(fileSystem.syncs - syncsAfterStart, 2, "one fsync for the first record, one for the four appended meanwhile")
        fileSystem.fake.crash()
        XCTAssertEqual(try EditJournal.read(try XCTUnwrap(fileSystem.fake.contents(path))).records.count, 5, "all five are durable")
        journal.close()
    }
}
