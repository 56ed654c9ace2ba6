import Foundation
import XCTest
@testable import ReviewStore

/// A real directory seen through a fake that decides which processes are running.
struct ProcessTableFileSystem: FileSystem {
    let real = PosixFileSystem()
    let running: Set<Int32>

    func status(_ path: String) throws(FileSystemError) -> FileStatus? { try real.status(path) }
    func resolveLinks(_ path: String) -> String { real.resolveLinks(path) }
    func readAll(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] { try real.readAll(path, limit: limit) }
    func createExclusive(_ path: String) throws(FileSystemError) -> Int32 { try real.createExclusive(path) }
    func write(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws(FileSystemError) { try real.write(descriptor, bytes, path: path) }
    func setMode(_ descriptor: Int32, _ mode: UInt32, path: String) throws(FileSystemError) { try real.setMode(descriptor, mode, path: path) }
    func sync(_ descriptor: Int32, path: String) throws(FileSystemError) { try real.sync(descriptor, path: path) }
    func close(_ descriptor: Int32, path: String) throws(FileSystemError) { try real.close(descriptor, path: path) }
    func rename(_ from: String, to: String) throws(FileSystemError) { try real.rename(from, to: to) }
    func link(_ existing: String, as newPath: String) throws(FileSystemError) { try real.link(existing, as: newPath) }
    func remove(_ path: String) { real.remove(path) }
    func syncDirectory(_ path: String) throws(FileSystemError) { try real.syncDirectory(path) }
    func processExists(_ pid: Int32) -> Bool { running.contains(pid) }
}

final class StaleTemporaryFilesTests: XCTestCase {
    func testTemporaryFilesOfDeadProcessesAreRemovedAndSaid() throws {
        let directory = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let names = [
            "review.json", "review.json.bak",
            ".review.json.tmp-31407-1473", // a save by a dead process: stale
            ".review.json.bak.tmp-31407-99", // its backup link: stale
            ".review.json.recovery.tmp-31408-5", // a journal write by a dead process: stale
            ".review.json.tmp-4242-7", // a save under way in a running session: kept
            ".other.json.tmp-31407-1", // another review's: kept
            ".review.json.tmp-notes", // not a name the writer makes: kept
            ".review.json.tmp-31407-12-x", // not one either: kept
        ]
        for name in names {
            XCTAssertTrue(FileManager.default.createFile(atPath: "\(directory)/\(name)", contents: Data(repeating: 0x20, count: 2_048)))
        }
        let fileSystem = ProcessTableFileSystem(running: [4242])
        let removed = try XCTUnwrap(StaleTemporaryFiles.remove(for: "\(directory)/review.json", fileSystem: fileSystem))
        XCTAssertEqual(removed.names, [".review.json.bak.tmp-31407-99", ".review.json.recovery.tmp-31408-5", ".review.json.tmp-31407-1473"])
        XCTAssertEqual(removed.bytes, 6_144)
        XCTAssertEqual(removed.notice(for: "\(directory)/review.json"), "Removed 3 temporary files (6 KB) left by a crashed save of review.json")
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: directory))
        XCTAssertEqual(left, Set(names).subtracting(removed.names))
        XCTAssertNil(StaleTemporaryFiles.remove(for: "\(directory)/review.json", fileSystem: fileSystem), "nothing the second time")
    }

    func testThroughASymlinkTheFilesBesideTheTargetAreCleaned() throws {
        let directory = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: "\(directory)/real", withIntermediateDirectories: true)
        XCTAssertTrue(FileManager.default.createFile(atPath: "\(directory)/real/review.json", contents: Data("{}".utf8)))
        XCTAssertTrue(FileManager.default.createFile(atPath: "\(directory)/real/.review.json.tmp-31407-1", contents: Data("{".utf8)))
        try FileManager.default.createSymbolicLink(atPath: "\(directory)/link.json", withDestinationPath: "real/review.json")
        let removed = StaleTemporaryFiles.remove(for: "\(directory)/link.json", fileSystem: ProcessTableFileSystem(running: []))
        XCTAssertEqual(removed?.names, [".review.json.tmp-31407-1"])
    }

    func testTheRealProcessTableKnowsThisProcessAndNotADeadOne() {
        XCTAssertTrue(PosixFileSystem().processExists(getpid()))
        XCTAssertFalse(PosixFileSystem().processExists(0))
        XCTAssertFalse(PosixFileSystem().processExists(Int32.max))
    }
}
