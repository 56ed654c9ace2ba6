import ReviewModel
import TerminalToolkit

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

    /// Keys that arrived in one read. While a text field is open, the typed text of the
    /// burst, line breaks and tabs included, goes in as one paste: a terminal that does not
    /// bracket pastes cannot close the field with a pasted line break and run the rest as
    /// commands.
    public mutating func handle(burst keys: [Key]) -> LoopControl {
        var text = ""
        for key in keys {
            if BurstInput.isText(key, in: state.mode), let character = BurstInput.character(key) {
                text.append(character)
                continue
            }
            if !text.isEmpty {
                send(.key(.paste(text)))
                text = ""
            }
            let control = send(.key(key))
            if control != .continue { return control }
        }
        if !text.isEmpty { send(.key(.paste(text))) }
        return .continue
    }

    /// Sends a message and carries out the effects it asks for.
    @discardableResult
    public mutating func send(_ message: AppMessage) -> LoopControl {
        takeJournalStep()
        let revisionBefore = state.document.history.current.revision
        var pending = AppUpdate.update(&state, message)
        if state.document.history.current.revision != revisionBefore {
            journalStep = state.isModified ? .record : .clear
        }
        var control = LoopControl.continue
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            switch effect {
            case .quit(let code):
                // Every quit is asked for: unsaved changes were saved, or discarded on purpose.
                if state.session.readOnlyReason == nil {
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
                pending += AppUpdate.update(&state, .exportFinished(path: path, error: environment.export(state.review, path, state.session.today)))
            case .suspend:
                control = .suspend
            }
        }
        return control
    }

    /// Draws the frame and keeps the scroll offsets the lists worked out, for the next frame.
    public mutating func render(into buffer: inout Buffer) {
        state.keep(AppView.render(state, into: &buffer))
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
        case .record: environment.recordEdit(state.review, state.document.history.changes(since: state.document.savedRevision))
        case .clear: environment.clearRecovery()
        }
    }

    public mutating func terminalResized(to size: Size) {
        _ = AppUpdate.update(&state, .resize(size))
    }
}
