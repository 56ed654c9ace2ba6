import ReviewApp
import ReviewModel
import ReviewStore

#if canImport(Glibc)
import Glibc
#endif

/// Connects the app to the store for one open file: the lock that keeps a second
/// session read-only, the recovery journal that keeps every accepted edit safe until
/// it is saved, durable saves that refuse to overwrite someone else's change unasked.
///
/// Used from the single UI thread only (the closures run inside the terminal loop).
final class EditingSession: @unchecked Sendable {
    /// The file the app is editing (changes with `:w OTHER`).
    private(set) var path: String
    let user: String
    /// Why this session cannot save (another session holds the file), or nil.
    private(set) var readOnlyReason: String?
    /// One line for the status bar on opening (a lock that could not be taken, an unusable recovery file).
    private(set) var openingWarning: String?
    /// Unsaved edits from a session that ended without saving, to offer on opening.
    private(set) var recoveryOffer: RecoveryOffer?

    private let store = ReviewStore()
    private var lock: ReviewLock?
    private var journal: RecoveryJournal
    private var fingerprint: FileFingerprint?
    private var contentHash: ContentHash?
    /// The last edit that could not be recorded (retried on hangup).
    private var unrecorded: (review: Review, changeCount: Int)?
    /// This session has written (or tried to write) the recovery file: it holds our edits,
    /// not another session's, nor recovery data the user chose to keep for later.
    private var journalHoldsOurEdits = false

    init(path: String, loaded: LoadedReview) {
        self.path = path
        // The name the lock file gives too ($USER may be unset, as under sudo or cron).
        self.user = ProcessIdentity.loginName()
        fingerprint = loaded.fingerprint
        contentHash = loaded.contentHash
        journal = RecoveryJournal(reviewPath: path, base: loaded.contentHash)
        switch ReviewLock.acquire(for: path) {
        case .acquired(let lock):
            self.lock = lock
        case .heldByOther(let holder):
            readOnlyReason = "\(holder.description) has this file open"
        case .unavailable(let error):
            openingWarning = "No lock on \(path) (\(error.reason)): another session could edit it too"
        }
        guard readOnlyReason == nil else { return }
        if lock != nil, let removed = StaleTemporaryFiles.remove(for: path) {
            openingWarning = openingWarning ?? removed.notice(for: path)
        }
        switch journal.inspect() {
        case .none: break
        case .unusable(let reason):
            openingWarning = "Recovery file unusable, left in place: \(reason)"
        case .available(let info) where info.review == loaded.review:
            // Saved, then ended before the recovery file was removed: nothing is unsaved.
            journal.discard()
        case .available(let info):
            let who = info.user.isEmpty ? "an earlier session" : info.user
            let changedSince = info.base != nil && info.base != loaded.contentHash
            recoveryOffer = RecoveryOffer(review: info.review, changeCount: info.changeCount,
                                          firstChangeAt: info.firstChangeAt, lastChangeAt: info.lastChangeAt, who: who,
                                          fileChangedSince: changedSince)
            journal.resume(from: info)
            // The file on disk is what the recovered edits will be saved over.
            journal.base = loaded.contentHash
        }
    }

    var environment: AppEnvironment {
        AppEnvironment(
            save: { [self] review, target, overwrite in save(review, to: target, overwrite: overwrite) },
            reload: { [self] in reload() },
            export: { review, target, today in ReportFiles(fileSystem: PosixFileSystem()).export(review, to: target, today: today) },
            recordEdit: { [self] review, count in record(review, changeCount: count) },
            clearRecovery: { [self] in discardRecovery() },
            now: { UTCTimestamp.now() })
    }

    private func save(_ review: Review, to target: String, overwrite: Bool) -> AppEnvironment.SaveOutcome {
        guard target == path else { return saveAs(review, to: target) }
        if !overwrite, let fingerprint,
           ExternalChange.hasChanged(path: path, since: fingerprint, contentHash: contentHash) {
            return .changedOnDisk
        }
        do {
            (fingerprint, contentHash) = try store.saveReportingHash(review, to: target, replacingProtected: overwrite)
            journal.base = contentHash
            return .saved
        } catch where error.needsConfirmation {
            return .needsConfirmation(error.reason)
        } catch {
            return .failed(error.description)
        }
    }

    /// `:w OTHER`: the app goes on editing OTHER, so the session moves with it: OTHER's lock
    /// (refusing a file another session has open), OTHER's recovery file, OTHER's fingerprint.
    private func saveAs(_ review: Review, to target: String) -> AppEnvironment.SaveOutcome {
        var targetLock: ReviewLock?
        switch ReviewLock.acquire(for: target) {
        case .acquired(let acquired): targetLock = acquired
        case .heldByOther(let holder): return .failed("\(target) is open in another session (\(holder.description)); choose another name")
        case .unavailable: targetLock = nil
        }
        do {
            let written = try store.saveReportingHash(review, to: target)
            // Our unsaved edits are in the copy now; anyone else's recovery data stays.
            if journalHoldsOurEdits { journal.discard() }
            journalHoldsOurEdits = false
            unrecorded = nil
            readOnlyReason = nil
            lock?.release()
            lock = targetLock
            path = target
            (fingerprint, contentHash) = written
            journal = RecoveryJournal(reviewPath: target, base: contentHash)
            return .saved
        } catch {
            targetLock?.release()
            return .failed(error.description)
        }
    }

    private func reload() -> Result<Review, LoadFailure> {
        do {
            let loaded = try store.load(path)
            fingerprint = loaded.fingerprint
            contentHash = loaded.contentHash
            journal.base = loaded.contentHash
            return .success(loaded.review)
        } catch {
            return .failure(LoadFailure(message: error.description))
        }
    }

    private func record(_ review: Review, changeCount: Int) {
        guard readOnlyReason == nil else { return }
        journalHoldsOurEdits = true
        do {
            try journal.record(review: review, changeCount: changeCount, at: UTCTimestamp.now())
            unrecorded = nil
        } catch {
            unrecorded = (review, changeCount)
        }
    }

    private func discardRecovery() {
        guard readOnlyReason == nil else { return }
        unrecorded = nil
        journalHoldsOurEdits = false
        journal.discard()
    }

    /// Hangup or termination: called from the loop (not a signal handler), before the
    /// terminal is restored. The journal already holds the last edit unless writing it failed.
    func emergencyStop() {
        if let pending = unrecorded {
            try? journal.record(review: pending.review, changeCount: pending.changeCount, at: UTCTimestamp.now())
        }
        lock?.release()
    }

    /// The session is over (quit or signal): let go of the file.
    func finish() {
        lock?.release()
        lock = nil
    }
}
