import ReviewModel
import ReviewStore

/// What the edit journal beside a review holds when a session opens it (or takes it over):
/// nothing, edits that are all in the file already, something that cannot be used, or unsaved
/// edits to offer. Reading decides; `ReviewSession` removes a spent journal and keeps the offer.
enum FoundJournal {
    /// No journal.
    case none
    /// A journal with nothing unsaved in it (no records, or edits a save already holds): to be
    /// removed without a word.
    case spent
    /// A journal left in place, and the warning that says why it cannot be used.
    case unusable(warning: String)
    /// Unsaved edits (or an open editor's draft) from a session that ended without saving.
    case offer(RecoveryOffer)

    /// Reads the journal at `journalPath` and replays it onto the file it was made on: the review
    /// as saved (`savedReview`, whose bytes hash to `contentHash`), or after a save since, the
    /// backup that save kept.
    static func inspect(journalPath: String, reviewPath path: String, savedReview: Review, contentHash: ContentHash?,
                        fileSystem: any FileSystem) -> FoundJournal {
        let contents: JournalContents
        do {
            guard let status = try fileSystem.status(journalPath) else { return .none }
            guard status.kind == .regular else {
                return .unusable(warning: "Recovery file unusable, left in place: \(journalPath) is not a regular file")
            }
            contents = try EditJournal.read(try fileSystem.readAll(journalPath, limit: ReviewStore.maximumFileSize), path: journalPath)
        } catch let error as FileSystemError {
            return .unusable(warning: "Recovery file unusable, left in place: \(journalPath): \(error.reason)")
        } catch {
            return .unusable(warning: "Recovery file unusable, left in place: \(error)")
        }
        let edits = contents.edits
        guard let header = contents.header, !edits.isEmpty || contents.openDraft != nil else { return .spent }
        var restored: Review
        var difference: [String]?
        if header.base == contentHash {
            guard let result = EditJournal.replay(contents, onto: savedReview) else {
                return .unusable(warning: "Recovery file unusable, left in place: \(journalPath): its edits do not fit \(path)")
            }
            restored = result
        } else {
            // Made on an earlier version of the file, saved since. After one save the backup is
            // that version: replay onto it, and keep the history of the saves that happened.
            let backup = DurableWriter.backupPath(for: fileSystem.resolveLinks(path))
            guard let bytes = try? fileSystem.readAll(backup, limit: ReviewStore.maximumFileSize), ContentHash(of: bytes) == header.base,
                  let base = try? ReviewCodec.decode(bytes, path: backup).review,
                  let result = EditJournal.replay(contents, onto: base) else {
                return .unusable(warning: "Recovery file left in place: it was made on a version of \(path) no longer on disk")
            }
            restored = result
            restored.history = savedReview.history
            let saves = savedReview.history.count - base.history.count
            let last = savedReview.history.last.map { " (last by \($0.user) on \(HumanTime.format($0.at, timeZone: .current)))" } ?? ""
            difference = ["Made on an earlier version: \(path) was saved \(max(saves, 1)) time(s) since\(last).",
                          "Restoring replaces the changes of those saves; their history entries stay."]
        }
        // Everything in it is in the file already (saved, then ended before the journal was removed).
        if restored == savedReview && contents.openDraft == nil { return .spent }
        let who = header.user.isEmpty ? "an earlier session" : header.user
        let draft = contents.openDraft
        return .offer(RecoveryOffer(review: restored, changeCount: edits.last?.changeCount ?? 0,
                                    firstChangeAt: edits.first?.at ?? draft?.at ?? "", lastChangeAt: edits.last?.at ?? draft?.at ?? "",
                                    who: who, difference: difference, draft: draft.map { LockHolder.clean($0.text) }))
    }
}
