import Foundation
import XCTest
import ReviewModel
@testable import ReviewStore

/// A file system that fails one chosen operation, to prove failures leave the original intact.
struct FailingFileSystem: FileSystem {
    let real = PosixFileSystem()
    let failing: String
    let code: Int32

    private func check(_ operation: String, _ path: String) throws(FileSystemError) {
        if operation == failing { throw FileSystemError(operation: operation, path: path, code: code) }
    }

    func status(_ path: String) throws(FileSystemError) -> FileStatus? { try real.status(path) }
    func resolveLinks(_ path: String) -> String { real.resolveLinks(path) }
    func readAll(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] { try real.readAll(path, limit: limit) }
    func createExclusive(_ path: String) throws(FileSystemError) -> Int32 {
        try check("create", path)
        return try real.createExclusive(path)
    }
    func write(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws(FileSystemError) {
        try real.write(descriptor, Array(bytes.prefix(bytes.count / 2)), path: path)
        try check("write", path)
        try real.write(descriptor, Array(bytes.dropFirst(bytes.count / 2)), path: path)
    }
    func setMode(_ descriptor: Int32, _ mode: UInt32, path: String) throws(FileSystemError) { try real.setMode(descriptor, mode, path: path) }
    func sync(_ descriptor: Int32, path: String) throws(FileSystemError) {
        try check("sync", path)
        try real.sync(descriptor, path: path)
    }
    func close(_ descriptor: Int32, path: String) throws(FileSystemError) { try real.close(descriptor, path: path) }
    func rename(_ from: String, to: String) throws(FileSystemError) {
        try check("rename", to)
        try real.rename(from, to: to)
    }
    func link(_ existing: String, as newPath: String) throws(FileSystemError) { try real.link(existing, as: newPath) }
    func remove(_ path: String) { real.remove(path) }
    func syncDirectory(_ path: String) throws(FileSystemError) { try real.syncDirectory(path) }
}

final class DurableWriterTests: XCTestCase {
    private func contents(_ path: String) -> [UInt8]? { FileManager.default.contents(atPath: path).map(Array.init) }

    private func directoryEntries(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    func testReplacesKeepsPermissionsAndABackup() throws {
        let directory = try FixturePaths.temporaryDirectory()
        let path = "\(directory)/review.json"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data("old\n".utf8), attributes: [.posixPermissions: 0o600]))
        try DurableWriter(fileSystem: PosixFileSystem()).write(Array("new\n".utf8), to: path)
        XCTAssertEqual(contents(path), Array("new\n".utf8))
        XCTAssertEqual(contents(path + ".bak"), Array("old\n".utf8))
        let mode = try XCTUnwrap(try PosixFileSystem().status(path)).mode
        XCTAssertEqual(mode, 0o600, "0600 stays 0600")
        XCTAssertEqual(directoryEntries(directory), ["review.json", "review.json.bak"], "no temporary file left")
    }

    func testASymlinkStaysALink() throws {
        let directory = try FixturePaths.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: "\(directory)/real", withIntermediateDirectories: true)
        let target = "\(directory)/real/review.json"
        XCTAssertTrue(FileManager.default.createFile(atPath: target, contents: Data("old\n".utf8)))
        try FileManager.default.createSymbolicLink(atPath: "\(directory)/link.json", withDestinationPath: "real/review.json")
        try DurableWriter(fileSystem: PosixFileSystem()).write(Array("new\n".utf8), to: "\(directory)/link.json")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: "\(directory)/link.json"), "real/review.json")
        XCTAssertEqual(contents(target), Array("new\n".utf8))
    }

    func testInjectedFailuresLeaveTheOriginalIntactAndNoTemporaryFile() throws {
        for (operation, code) in [("write", ENOSPC), ("sync", EIO), ("rename", EACCES), ("create", EROFS)] {
            let directory = try FixturePaths.temporaryDirectory()
            let path = "\(directory)/review.json"
            XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data("original\n".utf8)))
            let writer = DurableWriter(fileSystem: FailingFileSystem(failing: operation, code: code))
            XCTAssertThrowsError(try writer.write(Array("replacement\n".utf8), to: path)) { error in
                let message = "\(error)"
                if code == ENOSPC { XCTAssertTrue(message.contains("the disk is full"), message) }
            }
            XCTAssertEqual(contents(path), Array("original\n".utf8), operation)
            XCTAssertFalse(directoryEntries(directory).contains { $0.contains(".tmp-") }, "\(operation): \(directoryEntries(directory))")
        }
    }

    func testSavingIntoAReadOnlyDirectoryFailsCleanly() throws {
        guard getuid() != 0 else { throw XCTSkip("root ignores directory permissions; the injected EROFS case covers this") }
        let directory = try FixturePaths.temporaryDirectory()
        let path = "\(directory)/review.json"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data("original\n".utf8)))
        chmod(directory, 0o500)
        defer { chmod(directory, 0o700) }
        XCTAssertThrowsError(try DurableWriter(fileSystem: PosixFileSystem()).write(Array("x".utf8), to: path))
        XCTAssertEqual(contents(path), Array("original\n".utf8))
    }

    func testAFileThatFailsToLoadIsNeverWritten() throws {
        let directory = try FixturePaths.temporaryDirectory()
        let path = "\(directory)/broken.json"
        let broken = Array("{\"schemaVersion\": 1, \"programme\": ".utf8)
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(broken)))
        XCTAssertThrowsError(try ReviewStore().load(path))
        XCTAssertEqual(contents(path), broken)
        XCTAssertEqual(directoryEntries(directory), ["broken.json"])
    }
}
