import Foundation
import XCTest
import ReviewModel
import ReviewGenerator
@testable import ReviewStore

/// The CrashSaver helper (Sources/CrashSaver) running as a child process, with its output
/// read line by line against a deadline.
final class CrashSaverProcess {
    let process = Process()
    private let output = Pipe()
    private let input = Pipe()
    private let errors = Pipe()
    private var buffer: [UInt8] = []
    private(set) var lines: [String] = []
    private var closed = false

    /// The helper sits next to the test bundle in the build directory.
    static func executable() throws -> URL {
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["CRASH_SAVER"] { candidates.append(URL(fileURLWithPath: override)) }
        candidates.append(Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("CrashSaver"))
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("CrashSaver"))
        }
        candidates.append(FixturePaths.repository.appendingPathComponent(".build/debug/CrashSaver"))
        for url in candidates where FileManager.default.isExecutableFile(atPath: url.path) { return url }
        let looked = candidates.map { $0.path }.joined(separator: ", ")
        throw HelperMissing(message: "the CrashSaver helper is not built (looked in \(looked)); build it with "
            + "`swift build --product CrashSaver` (`swift build --build-tests` builds it too), or set CRASH_SAVER to its path")
    }

    struct HelperMissing: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    init(_ arguments: [String]) throws {
        process.executableURL = try CrashSaverProcess.executable()
        process.arguments = arguments
        process.standardOutput = output
        process.standardInput = input
        process.standardError = errors
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }

    /// Waits for a line starting with `prefix`; nil if the child exits or the deadline passes.
    func waitForLine(startingWith prefix: String, timeout: TimeInterval = 10) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        var checked = 0
        while true {
            while checked < lines.count {
                defer { checked += 1 }
                if lines[checked].hasPrefix(prefix) { return lines[checked] }
            }
            let remaining = deadline.timeIntervalSinceNow
            if closed || remaining <= 0 { return nil }
            readAvailable(timeoutMilliseconds: Int32(min(remaining, 1) * 1000))
        }
    }

    /// Waits until the child has written at least `count` lines; false if it exits or the deadline passes.
    func waitForLineCount(_ count: Int, timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while lines.count < count {
            let remaining = deadline.timeIntervalSinceNow
            if closed || remaining <= 0 { return false }
            readAvailable(timeoutMilliseconds: Int32(min(remaining, 1) * 1000))
        }
        return true
    }

    /// Reads everything the (dead) child wrote, to the end of its output.
    func drain() {
        while !closed { readAvailable(timeoutMilliseconds: 5000) }
    }

    private func readAvailable(timeoutMilliseconds: Int32) {
        let fd = output.fileHandleForReading.fileDescriptor
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, timeoutMilliseconds) > 0 else { return }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { return }
        if count <= 0 { closed = true; return }
        buffer.append(contentsOf: chunk[0..<count])
        while let newline = buffer.firstIndex(of: 0x0A) {
            lines.append(String(decoding: buffer[..<newline], as: UTF8.self))
            buffer.removeSubrange(...newline)
        }
    }

    func killHard() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Closes the child's standard input (the --hold-lock child then releases and exits).
    func closeInput() { try? input.fileHandleForWriting.close() }

    /// What the child has written to standard error so far (never waits for more).
    var standardError: String {
        let fd = errors.fileHandleForReading.fileDescriptor
        var collected: [UInt8] = []
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while poll(&poller, 1, 0) > 0 {
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            collected += chunk[0..<count]
        }
        return String(decoding: collected, as: UTF8.self)
    }

    deinit {
        if process.isRunning { killHard() }
    }
}

/// A real process that records edits in the journal and saves in a loop kills itself with
/// SIGKILL right after its Nth call that changes the disk, for N = 1...96 (every step of several
/// record-and-save cycles): the review, its backup and the journal must always be whole, the
/// review the last version reported saved or the next, and the journal's edits either replay
/// onto the review or are already in it.
final class CrashConsistencyTests: XCTestCase {
    private func version(_ review: Review) -> Int? {
        let name = review.programme.name
        return name.hasPrefix("v ") ? Int(name.dropFirst(2)) : nil
    }

    private func lastReported(_ tag: String, in lines: [String]) -> Int? {
        lines.last { $0.hasPrefix(tag + " ") }.flatMap { Int($0.dropFirst(tag.count + 1)) }
    }

    func testKillNineAtEveryStepNeverLeavesATornReviewOrJournal() throws {
        _ = try CrashSaverProcess.executable()
        let directory = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = "\(directory)/review.json"
        let name = "review.json"
        try ReviewStore().save(StandardTests.blankReview(name: "v 0", asOf: CalendarDate(dayNumber: 18_000)), to: path)
        var fileVersion = 0
        var roundsWithASave = 0
        var roundsWithAJournal = 0
        let killPoints = 96
        for crashAfter in 1...killPoints {
            let child = try CrashSaverProcess(["--save-loop", path, "--crash-after", String(crashAfter)])
            child.drain()
            child.process.waitUntilExit()
            XCTAssertEqual(child.process.terminationReason, .uncaughtSignal, "kill point \(crashAfter): \(child.standardError)")
            guard let looping = child.lines.first, looping.hasPrefix("looping") else {
                return XCTFail("kill point \(crashAfter): the helper did not start: \(child.lines) \(child.standardError)")
            }
            // The child loaded what the last kill left: nothing left by a kill breaks a load.
            XCTAssertEqual(looping, "looping \(fileVersion)", "kill point \(crashAfter)")
            let saved = lastReported("s", in: child.lines) ?? fileVersion
            let recorded = lastReported("r", in: child.lines)
            if lastReported("s", in: child.lines) != nil { roundsWithASave += 1 }

            // The review: whole, valid, and the last version reported saved or the one after.
            let loaded = try ReviewStore().load(path)
            let onDisk = try XCTUnwrap(version(loaded.review), "kill point \(crashAfter)")
            XCTAssertTrue(onDisk == saved || onDisk == saved + 1, "kill point \(crashAfter): on disk v\(onDisk), last reported saved v\(saved)")
            XCTAssertEqual(loaded.review.actions.count, onDisk % 5, "kill point \(crashAfter): the file is a mixture of versions")
            var backup: LoadedReview?
            if onDisk > 0 || FileManager.default.fileExists(atPath: path + ".bak") {
                backup = try ReviewStore().load(path + ".bak")
                let backupVersion = try XCTUnwrap(backup.flatMap { version($0.review) })
                XCTAssertTrue(backupVersion == onDisk - 1 || backupVersion == onDisk, "kill point \(crashAfter): backup v\(backupVersion), file v\(onDisk)")
            }

            // The journal: its edits replay onto the file it names (the review, or the backup when
            // the kill came between the save's rename and the journal's removal).
            if let bytes = FileManager.default.contents(atPath: path + ".recovery") {
                roundsWithAJournal += 1
                let contents = try EditJournal.read(Array(bytes))
                let header = try XCTUnwrap(contents.header, "kill point \(crashAfter): the journal is created whole")
                if header.base == loaded.contentHash {
                    let replayed = try XCTUnwrap(EditJournal.replay(contents, onto: loaded.review), "kill point \(crashAfter)")
                    let replayedVersion = try XCTUnwrap(version(replayed))
                    if contents.edits.isEmpty {
                        XCTAssertEqual(replayedVersion, onDisk)
                    } else {
                        XCTAssertTrue(replayedVersion == recorded || replayedVersion == (recorded ?? fileVersion) + 1,
                                      "kill point \(crashAfter): journal v\(replayedVersion), last reported recorded v\(recorded ?? -1)")
                        XCTAssertEqual(replayed.actions.count, replayedVersion % 5)
                    }
                } else {
                    let base = try XCTUnwrap(backup, "kill point \(crashAfter): the journal names neither the file nor its backup")
                    XCTAssertEqual(header.base, base.contentHash, "kill point \(crashAfter)")
                    XCTAssertEqual(EditJournal.replay(contents, onto: base.review), loaded.review, "kill point \(crashAfter): its edits are saved")
                }
            } else {
                XCTAssertTrue(recorded == nil || recorded == saved || onDisk == recorded,
                              "kill point \(crashAfter): v\(recorded ?? 0) was recorded but there is no journal and the file is v\(onDisk)")
            }
            // Only the review, its backup, the journal and abandoned temporary files.
            let entries = try FileManager.default.contentsOfDirectory(atPath: directory)
            for entry in entries where ![name, name + ".bak", name + ".recovery", name + ".lock"].contains(entry) {
                let abandoned = [".\(name).tmp-", ".\(name).bak.tmp-", ".\(name).recovery.tmp-"].contains { entry.hasPrefix($0) }
                XCTAssertTrue(abandoned, "kill point \(crashAfter): \(entry)")
            }
            fileVersion = onDisk
        }
        // The kill points landed inside records and inside saves, not only before the first.
        XCTAssertGreaterThan(roundsWithASave, killPoints / 2)
        XCTAssertGreaterThan(roundsWithAJournal, killPoints / 4)
    }
}
