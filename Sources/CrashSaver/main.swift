// A helper for the store's tests, not for users. Modes:
//
//   CrashSaver --hold-lock PATH   take PATH's ReviewLock, print "locked PID", hold it until
//                                 standard input closes (or the process is killed)
//   CrashSaver --save-loop PATH [--crash-after N]
//                                 take the lock, load PATH (programme name "v N"), then for
//                                 N+1, N+2, ...: append the edit to the journal and print "r N",
//                                 save durably, remove the journal and print "s N"; until killed,
//                                 or until it kills itself with SIGKILL right after its Nth call
//                                 that changes the disk
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

func lock(_ path: String) -> any HeldLock {
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
guard arguments.count == 3 || arguments.count == 5 else { fail("usage: CrashSaver --hold-lock PATH | --save-loop PATH [--crash-after N]") }
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
    // A crash injected after the Nth write, fsync, rename... (every call that changes the disk),
    // so the test's kill points are steps of the program, not moments in time.
    let crashAfter = arguments.count == 5 && arguments[3] == "--crash-after" ? Int(arguments[4]) : nil
    let fileSystem = CrashingFileSystem(crashAfter: crashAfter)
    let held = lock(path)
    let store = ReviewStore(fileSystem: fileSystem)
    let loaded: LoadedReview
    do { loaded = try store.load(path) } catch { fail(error.description) }
    guard let start = version(of: loaded.review) else { fail("\(path): the programme name is not \"v N\"") }
    let journal = JournalAppender(path: EditJournal.path(for: path, fileSystem: fileSystem), fileSystem: fileSystem, syncsInBackground: false)
    var saved = loaded.review
    var savedHash = loaded.contentHash
    var journaled = loaded.review
    let parent = getppid()
    say("looping \(start)")
    var current = start
    // Stops by itself if the test that started it has gone.
    while getppid() == parent && current < start + 1_000_000 {
        current += 1
        let next = review(loaded.review, version: current)
        do {
            if journal.isOpen {
                try journal.append(EditJournal.recordBytes(.edit(JournalEdit(at: "", changeCount: current - start, patch: ReviewPatch.between(journaled, next)))))
            } else {
                let header = EditJournal.headerBytes(JournalHeader(base: savedHash, user: "crash", host: "", pid: getpid(), started: ""))
                try journal.start(header + EditJournal.recordBytes(.edit(JournalEdit(at: "", changeCount: 1, patch: ReviewPatch.between(saved, next)))))
            }
        } catch {
            fail(error.description)
        }
        journaled = next
        say("r \(current)")
        do { savedHash = try store.save(next, adding: nil, to: path).contentHash } catch { fail(error.description) }
        journal.remove()
        saved = next
        say("s \(current)")
    }
    withExtendedLifetime(held) {}

default:
    fail("unknown mode \(arguments[1])")
}
