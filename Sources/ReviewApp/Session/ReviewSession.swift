import ReviewModel
import ReviewStore

/// Owns one open review file: its path, its lock (and with it whether this session may save),
/// the edit journal that keeps every accepted edit safe until it is saved, and saving. The app
/// reaches it only through `environment`, carrying out the effects `update` returns.
///
/// Everything goes through the `FileSystem` seam, so the rules are tested with a fake file
/// system. Used from one thread (the terminal loop); the journal's `fsync` runs on its own.
public final class ReviewSession: @unchecked Sendable {
    /// The file being edited (changes with `:w OTHER`).
    public private(set) var path: String
    public let user: String
    /// Why this session cannot save (another session holds the file), or nil.
    public private(set) var readOnlyReason: String?
    /// One line for the status bar on opening (no lock possible, an unusable recovery file).
    public private(set) var openingWarning: String?
    /// Unsaved edits from a session that ended without saving, to offer on opening.
    public private(set) var recoveryOffer: RecoveryOffer?

    private let fileSystem: any FileSystem
    private let store: ReviewStore
    private let clock: SessionClock
    private let identity: (host: String, pid: Int32?)
    private let syncsInBackground: Bool
    private var lock: (any HeldLock)?
    /// Read-only because a live session holds the lock: try to take it while waiting for keys.
    private var watchesLock = false
    private var holderDescription: String?
    private var fingerprint: FileFingerprint?
    private var contentHash: ContentHash?
    /// The review as the file holds it (loaded, reloaded or last saved).
    private var savedReview: Review
    /// The review after the last recorded edit; `savedReview` while the journal holds none of ours.
    private var journaledReview: Review
    private var journal: JournalAppender
    /// The journal on disk holds this session's records (not another session's, not nothing).
    private var journalIsOurs = false
    /// A journal from an earlier session was offered and is still on disk, undecided.
    private var offeredJournalOnDisk = false
    /// The last edit given to `record` (kept to write the journal again after a failure).
    private var latest: (review: Review, changeCount: Int)?
    private var failure: FileSystemError?
    private var pendingDraft: String??
    private var draftOnDisk = false
    private var lastDraftAt = -Double.infinity

    public init(path: String, loaded: LoadedReview, fileSystem: any FileSystem, clock: SessionClock,
                user: String = ProcessIdentity.loginName(), host: String = ProcessIdentity.hostName(), pid: Int32? = nil,
                syncsInBackground: Bool = true) {
        self.path = path
        self.user = user
        self.fileSystem = fileSystem
        self.store = ReviewStore(fileSystem: fileSystem)
        self.clock = clock
        self.identity = (host, pid)
        self.syncsInBackground = syncsInBackground
        fingerprint = loaded.fingerprint
        contentHash = loaded.contentHash
        savedReview = loaded.review
        journaledReview = loaded.review
        journal = JournalAppender(path: EditJournal.path(for: path, fileSystem: fileSystem), fileSystem: fileSystem,
                                  syncsInBackground: syncsInBackground)
        switch fileSystem.acquireLock(for: path) {
        case .acquired(let lock):
            self.lock = lock
        case .heldByOther(let holder):
            readOnlyReason = "\(holder.inLocalTime.description) has this file open"
            holderDescription = holder.user.isEmpty ? "The other session" : holder.user
            watchesLock = holder.isConfirmed
        case .unavailable(let error):
            openingWarning = "No lock on \(path) (\(error.reason)): another session could edit it too"
        }
        guard readOnlyReason == nil else { return }
        if lock != nil, let removed = StaleTemporaryFiles.remove(for: path, fileSystem: fileSystem) {
            openingWarning = openingWarning ?? removed.notice(for: path)
        }
        recoveryOffer = inspectRecovery()
    }

    public var environment: AppEnvironment {
        AppEnvironment(
            save: { [self] request, target, overwrite in save(request, to: target, overwrite: overwrite) },
            reload: { [self] in reload() },
            loadComparison: { [self] source in
                do throws(ReviewVersion.Failure) { return .success(try ReviewVersion(source).load(otherPath: path, store: store)) } catch {
                    return .failure(LoadFailure(message: error.lines.joined(separator: "; ")))
                }
            },
            export: { [fileSystem] review, target, today in ReportFiles(fileSystem: fileSystem).export(review, to: target, today: today) },
            recordEdit: { [self] review, count in record(review, changeCount: count) },
            recordDraft: { [self] text in recordDraft(text) },
            clearRecovery: { [self] in discardRecovery() },
            journalProblem: { [self] in journalProblem },
            poll: { [self] in poll() },
            takeOver: { [self] in takeOver() },
            stayReadOnly: { [self] in stayReadOnly() },
            now: clock.timestamp)
    }

    // MARK: - Recovery on opening

    /// What the journal left by an earlier session offers, if anything: a journal whose edits
    /// are already in the file is removed without a word, an unusable one left with a warning.
    private func inspectRecovery() -> RecoveryOffer? {
        switch FoundJournal.inspect(journalPath: journal.path, reviewPath: path, savedReview: savedReview,
                                    contentHash: contentHash, fileSystem: fileSystem) {
        case .none:
            return nil
        case .spent:
            journal.remove()
            return nil
        case .unusable(let warning):
            openingWarning = warning
            return nil
        case .offer(let offer):
            offeredJournalOnDisk = true
            return offer
        }
    }

    // MARK: - The journal

    private func header() -> [UInt8] {
        EditJournal.headerBytes(JournalHeader(base: contentHash, user: user, host: identity.host, pid: identity.pid,
                                              started: clock.timestamp()))
    }

    private func editRecord(from old: Review, to new: Review, changeCount: Int) -> [UInt8] {
        EditJournal.recordBytes(.edit(JournalEdit(at: clock.timestamp(), changeCount: changeCount, patch: ReviewPatch.between(old, new))))
    }

    /// After an accepted edit: one record appended (the patch from the last recorded state).
    private func record(_ review: Review, changeCount: Int) {
        guard readOnlyReason == nil else { return }
        latest = (review, changeCount)
        if failure != nil || journal.pendingFailure != nil { return rewriteJournal() }
        do {
            if journalIsOurs && journal.isOpen {
                try journal.append(editRecord(from: journaledReview, to: review, changeCount: changeCount))
            } else {
                try journal.start(header() + editRecord(from: savedReview, to: review, changeCount: changeCount))
                journalIsOurs = true
                offeredJournalOnDisk = false
            }
            journaledReview = review
            draftOnDisk = false
        } catch {
            failure = error
        }
    }

    /// After a failure: the journal is written again whole (header and one record from the saved
    /// version to the latest), replacing whatever the failed writes left.
    private func rewriteJournal() {
        guard let latest else { return }
        do throws(FileSystemError) {
            try journal.start(header() + editRecord(from: savedReview, to: latest.review, changeCount: latest.changeCount))
            if let problem = journal.waitUntilDurable() { throw problem }
            journalIsOurs = true
            offeredJournalOnDisk = false
            journaledReview = latest.review
            failure = nil
            draftOnDisk = false
        } catch {
            failure = error
        }
    }

    private func recordDraft(_ text: String?) {
        guard readOnlyReason == nil else { return }
        pendingDraft = .some(text)
        writeDraftIfDue()
    }

    /// A draft is written at most once a second; a closed editor's empty draft at once.
    private func writeDraftIfDue() {
        guard let draft = pendingDraft, failure == nil else { return }
        if draft == nil && !draftOnDisk {
            pendingDraft = nil
            return
        }
        let now = clock.seconds()
        guard draft == nil || now - lastDraftAt >= 1 else { return }
        let record = EditJournal.recordBytes(.draft(JournalDraft(at: clock.timestamp(), text: draft ?? "")))
        do {
            if journalIsOurs && journal.isOpen {
                try journal.append(record)
            } else {
                try journal.start(header() + record)
                journalIsOurs = true
                offeredJournalOnDisk = false
            }
            pendingDraft = nil
            lastDraftAt = now
            draftOnDisk = draft != nil
        } catch {
            failure = error
        }
    }

    /// Nothing is unsaved: the journal goes (and an earlier session's the user chose to discard).
    private func discardRecovery() {
        guard readOnlyReason == nil else { return }
        if journalIsOurs || offeredJournalOnDisk || journal.isOpen { journal.remove() }
        journalIsOurs = false
        offeredJournalOnDisk = false
        journaledReview = savedReview
        latest = nil
        failure = nil
        draftOnDisk = false
        pendingDraft = nil
    }

    /// "Recovery file cannot be written: the disk is full — save elsewhere with :w PATH", or nil.
    public var journalProblem: String? {
        guard let problem = failure ?? journal.pendingFailure else { return nil }
        return "Recovery file cannot be written: \(problem.reason) — save elsewhere with :w PATH"
    }

    /// Blocks until every recorded edit is durable: the benchmark runner (`MergerReviewBench`,
    /// a product executable) times "accept an edit → its record durable" with it.
    @discardableResult
    public func waitUntilJournalDurable() -> FileSystemError? {
        journal.waitUntilDurable()
    }

    // MARK: - Saving

    private func save(_ request: SaveRequest, to target: String, overwrite: Bool) -> AppEnvironment.SaveOutcome {
        guard target == path else { return saveAs(request, to: target) }
        if !overwrite, let fingerprint,
           ExternalChange.hasChanged(path: path, since: fingerprint, contentHash: contentHash, fileSystem: fileSystem) {
            return .changedOnDisk
        }
        let written: Review
        do {
            (written, fingerprint, contentHash) = try store.save(request.review, adding: request.entry, to: target,
                                                                 replacingProtected: overwrite)
        } catch where error.needsConfirmation {
            return .needsConfirmation(error.reason)
        } catch {
            return .failed(error.description)
        }
        saved(written)
        return .saved(written)
    }

    /// The review is on disk: the journal's edits are in it, so the journal goes.
    private func saved(_ review: Review) {
        savedReview = review
        if journalIsOurs || journal.isOpen { journal.remove() }
        journalIsOurs = false
        journaledReview = review
        latest = nil
        failure = nil
        draftOnDisk = false
    }

    /// `:w OTHER`: the session moves to OTHER: its lock (refusing a file another session has
    /// open), its journal, its fingerprint. Another session's recovery data stays where it is.
    private func saveAs(_ request: SaveRequest, to target: String) -> AppEnvironment.SaveOutcome {
        var targetLock: (any HeldLock)?
        switch fileSystem.acquireLock(for: target) {
        case .acquired(let acquired): targetLock = acquired
        case .heldByOther(let holder): return .failed("\(target) is open in another session (\(holder.inLocalTime.description)); choose another name")
        case .unavailable: targetLock = nil
        }
        let written: Review
        do {
            (written, fingerprint, contentHash) = try store.save(request.review, adding: request.entry, to: target)
        } catch {
            targetLock?.release()
            return .failed(error.description)
        }
        if journalIsOurs { journal.remove() } else { journal.close() }
        journalIsOurs = false
        offeredJournalOnDisk = false
        lock?.release()
        lock = targetLock
        path = target
        readOnlyReason = nil
        watchesLock = false
        journal = JournalAppender(path: EditJournal.path(for: target, fileSystem: fileSystem), fileSystem: fileSystem,
                                  syncsInBackground: syncsInBackground)
        saved(written)
        return .saved(written)
    }

    private func reload() -> Result<Review, LoadFailure> {
        do {
            let loaded = try store.load(path)
            fingerprint = loaded.fingerprint
            contentHash = loaded.contentHash
            if readOnlyReason == nil { saved(loaded.review) } else { savedReview = loaded.review; journaledReview = loaded.review }
            return .success(loaded.review)
        } catch {
            return .failure(LoadFailure(message: error.description))
        }
    }

    // MARK: - Waiting for keys

    /// Writes a due draft, retries a failed journal, and, read-only because another session has
    /// the file, tries its lock: once that session has ended, the lock is ours and the app offers
    /// to take over.
    private func poll() -> [AppMessage] {
        writeDraftIfDue()
        if readOnlyReason == nil, failure != nil || journal.pendingFailure != nil { rewriteJournal() }
        guard watchesLock, readOnlyReason != nil else { return [] }
        switch fileSystem.acquireLock(for: path) {
        case .acquired(let acquired):
            lock = acquired
            watchesLock = false
            let changed = fingerprint.map { ExternalChange.hasChanged(path: path, since: $0, contentHash: contentHash, fileSystem: fileSystem) } ?? false
            return [.lockFreed(formerHolder: holderDescription ?? "The other session", fileChanged: changed)]
        case .heldByOther(let holder):
            let reason = "\(holder.inLocalTime.description) has this file open"
            guard reason != readOnlyReason else { return [] }
            readOnlyReason = reason
            holderDescription = holder.user.isEmpty ? "The other session" : holder.user
            return [.lockHeld(reason: reason)]
        case .unavailable:
            return []
        }
    }

    /// After `lockFreed`: this session edits the file now, reloaded when it changed, and with the
    /// ended session's unsaved edits offered.
    private func takeOver() -> [AppMessage] {
        guard lock != nil else { return [] }
        readOnlyReason = nil
        var messages: [AppMessage] = []
        var reloaded: Review?
        if let fingerprint, ExternalChange.hasChanged(path: path, since: fingerprint, contentHash: contentHash, fileSystem: fileSystem) {
            switch reload() {
            case .success(let review): reloaded = review
            case .failure(let failure): messages.append(.reloaded(nil, error: failure.message))
            }
        }
        messages.insert(.tookOver(reloaded: reloaded, recovery: inspectRecovery()), at: 0)
        return messages
    }

    private func stayReadOnly() {
        lock?.release()
        lock = nil
        watchesLock = false
        readOnlyReason = "you chose to stay read-only"
    }

    // MARK: - The end

    /// Hangup or termination (from the loop, not a signal handler): the last edit made durable.
    public func emergencyStop() {
        if readOnlyReason == nil, failure != nil { rewriteJournal() }
        finish()
    }

    /// The session is over (quit or signal): the journal's records made durable, the file let go.
    public func finish() {
        journal.close()
        lock?.release()
        lock = nil
    }
}
