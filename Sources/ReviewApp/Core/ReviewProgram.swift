import ReviewModel
import TerminalToolkit

/// What the app needs from the outside world, injected so every screen runs headless in tests.
/// In the product these are the `ReviewSession`'s operations.
public struct AppEnvironment: Sendable {
    public enum SaveOutcome: Sendable, Equatable {
        case saved
        case failed(String)
        /// Someone else changed the file since it was loaded: nothing was written.
        case changedOnDisk
    }

    /// Saves the review durably. `overwrite` skips the check for changes made on disk by someone else.
    public var save: @Sendable (Review, String, _ overwrite: Bool) -> SaveOutcome
    /// Reads the file again (after someone else changed it).
    public var reload: @Sendable () -> Result<Review, LoadFailure>
    /// Writes the board paper to a path as of the app's today (`AppState.today`); returns an error message or nil.
    public var export: @Sendable (Review, String, CalendarDate) -> String?
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

    public init(save: @escaping @Sendable (Review, String, Bool) -> SaveOutcome,
                reload: @escaping @Sendable () -> Result<Review, LoadFailure> = { .failure(LoadFailure(message: "reload is not available")) },
                export: @escaping @Sendable (Review, String, CalendarDate) -> String? = { _, _, _ in "export is not available" },
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

/// Runs the pure core inside the terminal loop: keys become messages, the effects `update`
/// returns are carried out through the environment, and their results fed back as messages.
/// It decides nothing itself: what to record, clear, save or quit comes from `update`.
public struct ReviewProgram: TerminalProgram {
    public private(set) var state: AppState
    public let environment: AppEnvironment

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
        var pending = AppUpdate.update(&state, message)
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            switch effect {
            case .quit(let code):
                return .quit(exitCode: code)
            case .save(let path, let overwrite):
                pending += save(to: path, overwrite: overwrite)
            case .saveAs(let path):
                pending += save(to: path, overwrite: false)
            case .reload:
                switch environment.reload() {
                case .success(let review): pending += AppUpdate.update(&state, .reloaded(review, error: nil))
                case .failure(let failure): pending += AppUpdate.update(&state, .reloaded(nil, error: failure.message))
                }
            case .recordEdit(let count):
                environment.recordEdit(state.review, count)
                pending += journalStatus()
            case .recordDraft(let text):
                environment.recordDraft(text)
                pending += journalStatus()
            case .discardRecovery:
                environment.clearRecovery()
                pending += journalStatus()
            case .export(let path):
                pending += AppUpdate.update(&state, .exportFinished(path: path, error: environment.export(state.review, path, state.today)))
            case .takeOver:
                for message in environment.takeOver() { pending += AppUpdate.update(&state, message) }
            case .stayReadOnly:
                environment.stayReadOnly()
            }
        }
        return .continue
    }

    private mutating func save(to path: String, overwrite: Bool) -> [AppEffect] {
        let reviewToSave = AuditTrail.recording(state, at: environment.now())
        switch environment.save(reviewToSave, path, overwrite) {
        case .saved: return AppUpdate.update(&state, .saveFinished(path: path, error: nil, saved: reviewToSave))
        case .failed(let error): return AppUpdate.update(&state, .saveFinished(path: path, error: error, saved: nil))
        case .changedOnDisk: return AppUpdate.update(&state, .saveRefusedChangedOnDisk(path: path))
        }
    }

    /// A change in whether the journal can be written, as a message for `update`.
    private mutating func journalStatus() -> [AppEffect] {
        let problem = environment.journalProblem()
        guard problem != state.journalProblem else { return [] }
        return AppUpdate.update(&state, .journalProblem(problem))
    }

    /// While no key comes: the session retries a failed journal and watches the lock.
    public mutating func tick() -> LoopControl {
        for message in environment.poll() {
            if case .quit(let code) = send(message) { return .quit(exitCode: code) }
        }
        let problem = environment.journalProblem()
        if problem != state.journalProblem { return send(.journalProblem(problem)) }
        return .continue
    }

    public func render(into buffer: inout Buffer) {
        AppView.render(state, into: &buffer)
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
