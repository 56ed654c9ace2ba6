import Foundation
import XCTest
import ReviewModel
@testable import ReviewStore

#if canImport(Glibc)
import Glibc
#endif

/// Save failures on real file systems, not injected ones: a directory the kernel refuses to
/// write (even for root: an immutable directory), and a full disk (a 64 KB tmpfs). Each needs
/// privileges a test machine may not grant; without them the test is skipped, and the
/// injected failures in DurableWriterTests still cover the same paths.
final class RealFileSystemFailureTests: XCTestCase {
    /// Runs a program to completion; its exit status, or nil when it could not be started.
    @discardableResult
    private func run(_ arguments: [String]) -> Int32? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, arguments[0], &actions, nil, &cArguments, environ) == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : nil
    }

    private func contents(_ path: String) -> [UInt8]? { FileManager.default.contents(atPath: path).map(Array.init) }

    private func entries(_ directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }

    private func review() throws -> Review { try ReviewStore().load(FixturePaths.path("lancashire-south-cumbria")).review }

    func testSavingIntoADirectoryTheKernelRefusesLeavesTheOriginalAndNoTemporaryFile() throws {
        let directory = try FixturePaths.temporaryDirectory()
        let path = "\(directory)/review.json"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data("original\n".utf8)))
        if getuid() == 0 {
            guard run(["chattr", "+i", directory]) == 0 else { throw XCTSkip("chattr +i is not available here") }
        } else {
            chmod(directory, 0o500)
        }
        defer {
            if getuid() == 0 { run(["chattr", "-i", directory]) } else { chmod(directory, 0o700) }
        }
        XCTAssertThrowsError(try ReviewStore().save(try review(), to: path)) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains(directory), "names where: \(message)")
            XCTAssertTrue(message.contains("permission") || message.contains("not permitted") || message.contains("read-only"),
                          "says why: \(message)")
        }
        XCTAssertEqual(contents(path), Array("original\n".utf8))
        XCTAssertEqual(entries(directory), ["review.json"])
    }

    func testAFullDiskLeavesTheOriginalAndNoTemporaryFile() throws {
        guard getuid() == 0 else { throw XCTSkip("mounting a small tmpfs needs root") }
        let directory = try FixturePaths.temporaryDirectory()
        guard run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", directory]) == 0 else {
            throw XCTSkip("cannot mount a tmpfs here")
        }
        defer { run(["umount", directory]) }
        let path = "\(directory)/review.json"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data("original\n".utf8)))
        // The fixture is about 55 KB: with its backup and the original it cannot fit in 64 KB twice.
        let large = try review()
        XCTAssertGreaterThan(ReviewCodec.encode(large).count, 40_000)
        var failures = 0
        for _ in 0..<3 {
            do {
                try ReviewStore().save(large, to: path)
            } catch {
                failures += 1
                XCTAssertTrue("\(error)".contains("the disk is full"), "\(error)")
                XCTAssertFalse(entries(directory).contains { $0.contains(".tmp-") }, "\(entries(directory))")
            }
        }
        XCTAssertGreaterThan(failures, 0, "a 64 KB disk cannot take every save")
        // Whatever succeeded or failed, the review on disk is whole: the original or the fixture.
        let onDisk = contents(path) ?? []
        if onDisk != Array("original\n".utf8) {
            XCTAssertEqual(try ReviewCodec.decode(onDisk).review, large)
        }
    }
}
