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

/// kill -9 a process that saves in a loop, 200 times, at seeded random moments: the review and
/// its recovery file must always be whole, and be the last version reported or the next one.
final class CrashConsistencyTests: XCTestCase {
    private func version(_ review: Review) -> Int? {
        let name = review.programme.name
        return name.hasPrefix("v ") ? Int(name.dropFirst(2)) : nil
    }

    private func lastReported(_ tag: String, in lines: [String]) -> Int? {
        lines.last { $0.hasPrefix(tag + " ") }.flatMap { Int($0.dropFirst(tag.count + 1)) }
    }

    func testKillNineDuringSavesNeverLeavesATornReviewOrRecoveryFile() throws {
        _ = try CrashSaverProcess.executable()
        let directory = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = "\(directory)/review.json"
        let name = "review.json"
        try ReviewStore().save(StandardTests.blankReview(name: "v 0", asOf: CalendarDate(dayNumber: 18_000)), to: path)
        var random = SeededRandom(state: 20_200_130)
        var fileVersion = 0
        var savesSeen = 0
        var recordsSeen = 0
        var roundsWithACompletedSave = 0
        let started = Date()
        let kills = 200
        for round in 1...kills {
            let child = try CrashSaverProcess(["--save-loop", path])
            guard let looping = child.waitForLine(startingWith: "looping") else {
                child.killHard()
                return XCTFail("round \(round): the helper did not start: \(child.lines) \(child.standardError)")
            }
            // The child loaded what the last round left: the previous kill left nothing that breaks a load.
            XCTAssertEqual(looping, "looping \(fileVersion)", "round \(round)")
            // Kill after the child reports 0-3 more steps (r, s, r...), then a random 0-3 ms: the
            // moments depend on progress, not on how busy the machine is, and land anywhere
            // inside a record or a save. After two steps a save has certainly completed.
            let steps = Int.random(in: 0...3, using: &random)
            let lineCountAtStart = child.lines.count
            XCTAssertTrue(child.waitForLineCount(lineCountAtStart + steps), "round \(round): \(child.standardError)")
            if steps >= 2 { roundsWithACompletedSave += 1 }
            usleep(UInt32.random(in: 0...3_000, using: &random))
            child.killHard()
            XCTAssertEqual(child.process.terminationReason, .uncaughtSignal, "round \(round): \(child.standardError)")
            child.drain()
            let saved = lastReported("s", in: child.lines) ?? fileVersion
            let recorded = lastReported("r", in: child.lines)
            savesSeen += child.lines.filter { $0.hasPrefix("s ") }.count
            recordsSeen += child.lines.filter { $0.hasPrefix("r ") }.count

            // The review: whole, valid, and the last version reported saved or the one after.
            let loaded = try ReviewStore().load(path)
            let onDisk = try XCTUnwrap(version(loaded.review), "round \(round)")
            XCTAssertTrue(onDisk == saved || onDisk == saved + 1, "round \(round): on disk v\(onDisk), last reported saved v\(saved)")
            XCTAssertEqual(loaded.review.actions.count, onDisk % 5, "round \(round): the file is a mixture of versions")
            // The backup the save keeps is whole too: the version before, or the same one (killed
            // between making the backup and the rename). Only v0, never saved over, may lack one.
            if onDisk > 0 || FileManager.default.fileExists(atPath: path + ".bak") {
                let backup: LoadedReview
                do { backup = try ReviewStore().load(path + ".bak") } catch {
                    let listing = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
                    return XCTFail("round \(round): \(error); file v\(onDisk); child said \(child.lines.suffix(4)); \(listing)")
                }
                let backupVersion = try XCTUnwrap(version(backup.review))
                XCTAssertTrue(backupVersion == onDisk - 1 || backupVersion == onDisk, "round \(round): backup v\(backupVersion), file v\(onDisk)")
            }

            // The recovery file: whole, and the last recorded version or the one after.
            let journal = RecoveryJournal(reviewPath: path)
            switch journal.inspect() {
            case .available(let info):
                let recoveredVersion = try XCTUnwrap(version(info.review))
                if let recorded {
                    XCTAssertTrue(recoveredVersion == recorded || recoveredVersion == recorded + 1,
                                  "round \(round): recovery v\(recoveredVersion), last reported recorded v\(recorded)")
                }
                XCTAssertEqual(info.review.actions.count, recoveredVersion % 5, "round \(round)")
                XCTAssertGreaterThanOrEqual(recoveredVersion, onDisk, "recorded before saved")
                XCTAssertLessThanOrEqual(recoveredVersion, onDisk + 1, "round \(round)")
            case .unusable(let reason):
                XCTFail("round \(round): \(reason)")
            case .none:
                XCTAssertNil(recorded, "round \(round): the child reported recording v\(recorded ?? 0) but there is no recovery file")
            }
            // Only the review, its backup, the recovery file and abandoned temporary files.
            let entries = try FileManager.default.contentsOfDirectory(atPath: directory)
            for entry in entries where ![name, name + ".bak", name + ".recovery", name + ".lock"].contains(entry) {
                let abandoned = [".\(name).tmp-", ".\(name).bak.tmp-", ".\(name).recovery.tmp-"].contains { entry.hasPrefix($0) }
                XCTAssertTrue(abandoned, "round \(round): \(entry)")
            }
            fileVersion = onDisk
            if Date().timeIntervalSince(started) > 90 { return XCTFail("too slow: \(round) rounds in 90 s") }
        }
        // The kills landed while saves were happening, not only before the first one.
        XCTAssertGreaterThanOrEqual(fileVersion, roundsWithACompletedSave, "saves completed: \(savesSeen), records: \(recordsSeen)")
        XCTAssertGreaterThan(roundsWithACompletedSave, kills / 3)
        XCTAssertGreaterThan(recordsSeen, kills / 2)
    }
}
