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

    // 2. The edit journal reader, on the raw input (hostile headers and records)...
    _ = try? EditJournal.read(bytes, path: "fuzz.recovery")
    // ...and an accepted review as an edit record: it reads back and replays to the review.
    if let review = accepted {
        let empty = Review(programme: review.programme)
        let header = EditJournal.headerBytes(JournalHeader(base: ContentHash(of: bytes), user: "fuzz", host: "host", pid: 1, started: ""))
        let edit = JournalEdit(at: "2020-01-01T00:00:00Z", changeCount: size, patch: ReviewPatch.between(empty, review))
        do {
            let contents = try EditJournal.read(header + EditJournal.recordBytes(.edit(edit)), path: "fuzz.recovery")
            if contents.edits != [edit] { fatalError("a journal record did not read back as written") }
            if EditJournal.replay(contents, onto: empty) != review { fatalError("a journal record did not replay to its review") }
        } catch {
            fatalError("a journal of an accepted review does not read back: \(error)")
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
