// libFuzzer harness for everything merger-review parses from disk: review files, recovery
// files and lock files. Built by Fuzz/build.sh, not by SwiftPM (see docs/durability.md).
// Any crash, sanitizer report or broken property below is a bug.
import ReviewModel
import ReviewStore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))

    // 1. The review loader: a review or located errors, never a crash.
    var accepted: Review?
    do {
        let loaded = try ReviewCodec.decode(bytes, path: "fuzz.json")
        accepted = loaded.review
        // Property: what was accepted is saved and read back as the same review, and the
        // saved form is stable (otherwise a save could write a file that cannot be opened).
        let written = ReviewCodec.encode(loaded.review)
        do {
            let again = try ReviewCodec.decode(written, path: "again.json")
            if again.review != loaded.review { fatalError("round trip changed the review") }
            if ReviewCodec.encode(again.review) != written { fatalError("encoding is not stable") }
        } catch {
            fatalError("a review that loaded does not load after saving: \(error)")
        }
    } catch {
        // Every message names the file.
        for line in error.lines where !line.hasPrefix("fuzz.json: ") {
            fatalError("an error line without the file name: \(line)")
        }
    }

    // 2. The recovery file reader, on the raw input (hostile headers)...
    _ = try? RecoveryJournal.decode(bytes, path: "fuzz.recovery")
    // ...and on the input as the body of a well-formed recovery file.
    if let review = accepted {
        let info = RecoveryInfo(changeCount: size, firstChangeAt: "2020-01-01T00:00:00Z", lastChangeAt: "2020-01-02T00:00:00Z",
                                user: "fuzz", host: "host", pid: 1, base: ContentHash(of: bytes), review: review)
        do {
            let back = try RecoveryJournal.decode(RecoveryJournal.encode(info), path: "fuzz.recovery")
            if back != info { fatalError("a recovery file did not read back as written") }
        } catch {
            fatalError("a recovery file of an accepted review does not read back: \(error)")
        }
    }

    // 3. The lock file reader: never fails, never keeps control characters.
    let holder = LockHolder.parse(bytes)
    for text in [holder.user, holder.host, holder.since] where text.unicodeScalars.contains(where: { $0.value < 0x20 }) {
        fatalError("a control character survived in lock holder text")
    }
    if LockHolder.parse(Array(holder.fileText.utf8)) != holder { fatalError("lock holder did not read back") }
    return 0
}
