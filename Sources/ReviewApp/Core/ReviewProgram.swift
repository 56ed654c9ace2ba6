import ReviewModel
import TerminalToolkit

/// What the app needs from the outside world, injected so every screen runs headless in tests.
public struct AppEnvironment: Sendable {
    public enum SaveOutcome: Sendable, Equatable {
        case saved
        case failed(String)
        /// Someone else changed the file since it was loaded: nothing was written.
        case changedOnDisk
        /// The file is write-protected or hard-linked (the reason says which): nothing was
        /// written; saving with `overwrite` replaces it.
        case needsConfirmation(String)
    }

    /// Saves the review durably. `overwrite` skips the check for changes made on disk by
    /// someone else, and replaces a write-protected or hard-linked file.
    public var save: @Sendable (Review, String, _ overwrite: Bool) -> SaveOutcome
    /// Reads the file again (after someone else changed it).
    public var reload: @Sendable () -> Result<Review, LoadFailure>
    /// Writes the board paper to a path as of the app's today (`AppState.today`); returns an error message or nil.
    public var export: @Sendable (Review, String, CalendarDate) -> String?
    /// Called after every accepted edit (the recovery journal), with the number of unsaved changes.
    public var recordEdit: @Sendable (Review, Int) -> Void
    /// Removes the recovery data: after a successful save, a quit, or when the user discards it.
    public var clearRecovery: @Sendable () -> Void
    /// The time now, UTC, as 2026-11-23T10:04:05Z (for the audit trail).
    public var now: @Sendable () -> String

    public init(save: @escaping @Sendable (Review, String, Bool) -> SaveOutcome,
                reload: @escaping @Sendable () -> Result<Review, LoadFailure> = { .failure(LoadFailure(message: "reload is not available")) },
                export: @escaping @Sendable (Review, String, CalendarDate) -> String? = { _, _, _ in "export is not available" },
                recordEdit: @escaping @Sendable (Review, Int) -> Void = { _, _ in },
                clearRecovery: @escaping @Sendable () -> Void = {},
                now: @escaping @Sendable () -> String = { "1970-01-01T00:00:00Z" }) {
        self.save = save
        self.reload = reload
        self.export = export
        self.recordEdit = recordEdit
        self.clearRecovery = clearRecovery
        self.now = now
    }
}

/// Runs the pure core inside the terminal loop: keys become messages, effects are
/// carried out through the environment and their results fed back.
public struct ReviewProgram: TerminalProgram {
    public private(set) var state: AppState
    public let environment: AppEnvironment
    /// The recovery journal's next step, taken once the frame showing the edit is drawn
    /// (`frameDrawn()`), or before the next message at the latest.
    private var journalStep: JournalStep?

    private enum JournalStep { case record, clear }

    public init(state: AppState, environment: AppEnvironment) {
        self.state = state
        self.environment = environment
    }

    public mutating func handle(_ key: Key) -> LoopControl {
        send(.key(key))
    }

    /// Sends a message and carries out the effects it asks for.
    @discardableResult
    public mutating func send(_ message: AppMessage) -> LoopControl {
        takeJournalStep()
        let revisionBefore = state.history.current.revision
        var pending = AppUpdate.update(&state, message)
        if state.history.current.revision != revisionBefore {
            journalStep = state.isModified ? .record : .clear
        }
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            switch effect {
            case .quit(let code):
                // Every quit is asked for: unsaved changes were saved, or discarded on purpose.
                if state.readOnlyReason == nil {
                    journalStep = nil
                    environment.clearRecovery()
                } else {
                    takeJournalStep()
                }
                return .quit(exitCode: code)
            case .save(let path, let overwrite):
                let reviewToSave = AuditTrail.recording(state, at: environment.now())
                switch environment.save(reviewToSave, path, overwrite) {
                case .saved:
                    // Saved, under its own name or another (which the session has moved to): nothing is unsaved.
                    journalStep = nil
                    environment.clearRecovery()
                    pending += AppUpdate.update(&state, .saveFinished(path: path, error: nil, saved: reviewToSave))
                case .failed(let error):
                    pending += AppUpdate.update(&state, .saveFinished(path: path, error: error, saved: nil))
                case .changedOnDisk:
                    pending += AppUpdate.update(&state, .saveRefusedChangedOnDisk(path: path))
                case .needsConfirmation(let reason):
                    pending += AppUpdate.update(&state, .saveNeedsConfirmation(path: path, reason: reason))
                }
            case .reload:
                switch environment.reload() {
                case .success(let review): pending += AppUpdate.update(&state, .reloaded(review, error: nil))
                case .failure(let failure): pending += AppUpdate.update(&state, .reloaded(nil, error: failure.message))
                }
            case .discardRecovery:
                journalStep = nil
                environment.clearRecovery()
            case .export(let path):
                pending += AppUpdate.update(&state, .exportFinished(path: path, error: environment.export(state.review, path, state.today)))
            }
        }
        return .continue
    }

    public func render(into buffer: inout Buffer) {
        AppView.render(state, into: &buffer)
    }

    /// The journal write for an edit follows the frame that shows it: the user sees the edit
    /// at once, and the next key is read only after the write (a key typed meanwhile waits in
    /// the terminal's buffer).
    public mutating func frameDrawn() {
        takeJournalStep()
    }

    /// Records the unsaved review in the recovery journal, or removes the journal when the
    /// edits were undone back to the saved version.
    private mutating func takeJournalStep() {
        guard let step = journalStep else { return }
        journalStep = nil
        switch step {
        case .record: environment.recordEdit(state.review, state.history.changes(since: state.savedRevision))
        case .clear: environment.clearRecovery()
        }
    }

    public mutating func terminalResized(to size: Size) {
        _ = AppUpdate.update(&state, .resize(size))
    }
}

/// Why a file could not be read back.
public struct LoadFailure: Error, Sendable {
    public var message: String
    public init(message: String) { self.message = message }
}
