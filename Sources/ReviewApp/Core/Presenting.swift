import ReviewModel
import TerminalToolkit

/// Presenting mode: read-only, roomier, for a projector; leaving returns to where you were.
enum Presenting {
    static func enter(_ state: inout AppState) {
        state.presenting = PresentingState(returnPane: state.pane)
        state.say("Presenting: read-only. Esc or F11 to leave.")
    }

    static func leave(_ state: inout AppState) {
        guard let presenting = state.presenting else { return }
        state.presenting = nil
        state.pane = presenting.returnPane
        state.say("Left presenting mode")
    }
}
