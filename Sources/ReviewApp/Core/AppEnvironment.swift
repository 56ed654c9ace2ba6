import ReviewModel
import TerminalToolkit

/// What the app needs from the outside world, injected so every screen runs headless in tests.
/// In the product these are the `ReviewSession`'s operations.
public struct AppEnvironment: Sendable {
    public enum SaveOutcome: Sendable, Equatable {
        /// Written: the review as the file now holds it (with the request's history entry).
        case saved(Review)
        case failed(String)
        /// Someone else changed the file since it was loaded: nothing was written.
        case changedOnDisk
        /// The file is write-protected or hard-linked (the reason says which): nothing was
        /// written; saving with `overwrite` replaces it.
        case needsConfirmation(String)
    }

    /// Saves the review durably, adding the request's history entry. `overwrite` skips the check
    /// for changes made on disk by someone else, and replaces a write-protected or hard-linked file.
    public var save: @Sendable (SaveRequest, String, _ overwrite: Bool) -> SaveOutcome
    /// Reads the file again (after someone else changed it).
    public var reload: @Sendable () -> Result<Review, LoadFailure>
    /// Loads a version of the review to compare with: a file, or `git:REV` (see `ReviewVersion`).
    public var loadComparison: @Sendable (String) -> Result<Review, LoadFailure>
    /// Writes the board paper to a path as of the app's today (`AppState.today`); returns an error message or nil.
    public var export: @Sendable (Review, String, CalendarDate) -> ExportOutcome
    /// Called after every accepted edit (the recovery journal), with the number of unsaved changes.
    public var recordEdit: @Sendable (Review, Int) -> Void
    /// The open editor's text (nil: it closed), for the journal's draft record.
    public var recordDraft: @Sendable (String?) -> Void
    /// Removes the recovery data: after a successful save, a quit, or when the user discards it.
    public var clearRecovery: @Sendable () -> Void
    /// Why the recovery journal cannot be written now, or nil when it is fine.
    public var journalProblem: @Sendable () -> String?
    /// Called while waiting for keys: retries a failed journal, watches the lock of a read-only
    /// session; returns what happened.
    public var poll: @Sendable () -> [AppMessage]
    /// Takes over the file after `AppMessage.lockFreed`; returns what the app must hear.
    public var takeOver: @Sendable () -> [AppMessage]
    /// Stays read-only after `AppMessage.lockFreed`: lets the lock go.
    public var stayReadOnly: @Sendable () -> Void
    /// The time now, UTC, as 2026-11-23T10:04:05Z (for the audit trail).
    public var now: @Sendable () -> String

    public init(save: @escaping @Sendable (SaveRequest, String, Bool) -> SaveOutcome,
                reload: @escaping @Sendable () -> Result<Review, LoadFailure> = { .failure(LoadFailure(message: "reload is not available")) },
                loadComparison: @escaping @Sendable (String) -> Result<Review, LoadFailure> = { _ in
                    .failure(LoadFailure(message: "comparing is not available")) },
                export: @escaping @Sendable (Review, String, CalendarDate) -> ExportOutcome = { _, _, _ in
                    ExportOutcome(error: "export is not available") },
                recordEdit: @escaping @Sendable (Review, Int) -> Void = { _, _ in },
                recordDraft: @escaping @Sendable (String?) -> Void = { _ in },
                clearRecovery: @escaping @Sendable () -> Void = {},
                journalProblem: @escaping @Sendable () -> String? = { nil },
                poll: @escaping @Sendable () -> [AppMessage] = { [] },
                takeOver: @escaping @Sendable () -> [AppMessage] = { [] },
                stayReadOnly: @escaping @Sendable () -> Void = {},
                now: @escaping @Sendable () -> String = { "1970-01-01T00:00:00Z" }) {
        self.save = save
        self.reload = reload
        self.loadComparison = loadComparison
        self.export = export
        self.recordEdit = recordEdit
        self.recordDraft = recordDraft
        self.clearRecovery = clearRecovery
        self.journalProblem = journalProblem
        self.poll = poll
        self.takeOver = takeOver
        self.stayReadOnly = stayReadOnly
        self.now = now
    }
}
