// A helper for the store's tests, not for users. Modes:
//
//   CrashSaver --hold-lock PATH   take PATH's ReviewLock, print "locked PID", hold it until
//                                 standard input closes (or the process is killed)
//   CrashSaver --save-loop PATH   take the lock, load PATH (programme name "v N"), then for
//                                 N+1, N+2, ...: record the review in the recovery journal and
//                                 print "r N", save it durably and print "s N"; until killed
//
// Output is written unbuffered, so whatever the parent reads was done before the kill.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReviewModel
import ReviewStore

func say(_ text: String) {
    let bytes = Array((text + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
        let written = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress?.advanced(by: offset), $0.count - offset) }
        if written <= 0 { exit(4) }
        offset += written
    }
}

func fail(_ text: String) -> Never {
    let bytes = Array(("CrashSaver: " + text + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    exit(1)
}

func lock(_ path: String) -> ReviewLock {
    switch ReviewLock.acquire(for: path) {
    case .acquired(let lock): return lock
    case .heldByOther(let holder):
        say("held \(holder.pid.map(String.init) ?? "?")")
        exit(3)
    case .unavailable(let error): fail(error.description)
    }
}

/// The version a review carries in its programme name, "v 42".
func version(of review: Review) -> Int? {
    let name = review.programme.name
    guard name.hasPrefix("v ") else { return nil }
    return Int(name.dropFirst(2))
}

/// Version N: the name says N, and the number of actions varies so sizes differ.
func review(_ base: Review, version: Int) -> Review {
    var next = base
    next.programme.name = "v \(version)"
    next.actions = ChunkedArray((0..<(version % 5)).map { Action(id: "act-\(version)-\($0)", title: "Action \($0) of version \(version)") })
    return next
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else { fail("usage: CrashSaver --hold-lock PATH | --save-loop PATH") }
let path = arguments[2]

switch arguments[1] {
case "--hold-lock":
    let held = lock(path)
    say("locked \(getpid())")
    var byte: UInt8 = 0
    while true {
        let count = read(STDIN_FILENO, &byte, 1)
        if count > 0 || (count < 0 && errno == EINTR) { continue }
        break
    }
    held.release()

case "--save-loop":
    let held = lock(path)
    let store = ReviewStore()
    let loaded: LoadedReview
    do { loaded = try store.load(path) } catch { fail(error.description) }
    guard let start = version(of: loaded.review) else { fail("\(path): the programme name is not \"v N\"") }
    var journal = RecoveryJournal(reviewPath: path, base: loaded.contentHash)
    let parent = getppid()
    say("looping \(start)")
    var current = start
    // Stops by itself if the test that started it has gone.
    while getppid() == parent && current < start + 1_000_000 {
        current += 1
        let next = review(loaded.review, version: current)
        do { try journal.record(review: next, changeCount: current - start, at: UTCTimestamp.now()) } catch {
            fail(error.description)
        }
        say("r \(current)")
        do { try store.save(next, to: path) } catch { fail(error.description) }
        say("s \(current)")
    }
    withExtendedLifetime(held) {}

default:
    fail("unknown mode \(arguments[1])")
}
