import ReviewModel
import TerminalToolkit

/// Runs the pure core inside the terminal loop: keys become messages, the effects `update`
/// returns are carried out through the environment, and their results fed back as messages.
/// It decides nothing itself: what to record, clear, save or quit comes from `update`.
public struct ReviewProgram: TerminalProgram {
    public private(set) var state: AppState
    public let environment: AppEnvironment

    public init(state: AppState, environment: AppEnvironment) {
        self.state = state
        self.environment = environment
        self.state.stampMessages(at: environment.now)
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
        defer { state.stampMessages(at: environment.now) }
        var pending = AppUpdate.update(&state, message)
        var control = LoopControl.continue
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
            case .loadComparison(let source):
                switch environment.loadComparison(source) {
                case .success(let review): pending += AppUpdate.update(&state, .comparisonLoaded(source: source, review, error: nil))
                case .failure(let failure): pending += AppUpdate.update(&state, .comparisonLoaded(source: source, nil, error: failure.message))
                }
            case .export(let path):
                pending += AppUpdate.update(&state, .exportFinished(path: path, outcome: environment.export(state.review, path, state.session.today)))
            case .takeOver:
                for message in environment.takeOver() { pending += AppUpdate.update(&state, message) }
            case .stayReadOnly:
                environment.stayReadOnly()
            case .suspend:
                control = .suspend
            }
        }
        return control
    }

    private mutating func save(to path: String, overwrite: Bool) -> [AppEffect] {
        switch environment.save(AuditTrail.request(state, at: environment.now()), path, overwrite) {
        case .saved(let written): return AppUpdate.update(&state, .saveFinished(path: path, error: nil, saved: written))
        case .failed(let error): return AppUpdate.update(&state, .saveFinished(path: path, error: error, saved: nil))
        case .changedOnDisk: return AppUpdate.update(&state, .saveRefusedChangedOnDisk(path: path))
        case .needsConfirmation(let reason): return AppUpdate.update(&state, .saveNeedsConfirmation(path: path, reason: reason))
        }
    }

    /// A change in whether the journal can be written, as a message for `update`.
    private mutating func journalStatus() -> [AppEffect] {
        let problem = environment.journalProblem()
        guard problem != state.session.journalProblem else { return [] }
        return AppUpdate.update(&state, .journalProblem(problem))
    }

    /// While no key comes: the session retries a failed journal and watches the lock.
    public mutating func tick() -> LoopControl {
        for message in environment.poll() {
            if case .quit(let code) = send(message) { return .quit(exitCode: code) }
        }
        let problem = environment.journalProblem()
        if problem != state.session.journalProblem { return send(.journalProblem(problem)) }
        return .continue
    }

    /// Draws the frame and keeps the scroll offsets the lists worked out, for the next frame.
    public mutating func render(into buffer: inout Buffer) {
        state.keep(AppView.render(state, into: &buffer))
    }

    public mutating func terminalResized(to size: Size) {
        _ = AppUpdate.update(&state, .resize(size))
    }
}
