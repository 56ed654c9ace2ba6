import ReviewModel
import TerminalToolkit

/// The conflicts list a merge left: move with ↑/↓, `o` keeps ours, `t` takes theirs, `e`
/// keeps ours and closes the list to edit the item on its pane, Esc closes (`:conflicts`
/// opens it again). Each choice is an undoable edit; saving writes the file without it.
enum ConflictsHandling {
    static let keyHints = "o ours  t theirs  e edit  Esc close"

    static func handle(_ key: Key, selected: Int, _ state: inout AppState) -> [AppEffect] {
        let count = state.review.conflicts.count
        switch key {
        case .down, .char("j"): state.mode = .conflicts(selected: min(selected + 1, max(0, count - 1)))
        case .up, .char("k"): state.mode = .conflicts(selected: max(0, selected - 1))
        case .char("o"): choose(.ours, selected, &state)
        case .char("t"): choose(.theirs, selected, &state)
        case .char("e"):
            let name = state.review.conflicts.indices.contains(selected)
                ? state.review.describe(state.review.conflicts[selected]).map { "\($0.what) \"\($0.itemName)\"" } ?? "the item" : "the item"
            choose(.ours, selected, &state)
            state.mode = .normal
            state.say("Kept ours for \(name): edit it on its pane (:conflicts lists the rest)")
        case .escape, .char("q"):
            state.mode = .normal
            if count > 0 { state.say("\(count) conflict\(count == 1 ? "" : "s") left: :conflicts lists them") }
        case .resize: break
        default: state.warn("Conflicts: \(keyHints)")
        }
        return []
    }

    /// Opens the list (`:conflicts`), or says there is none.
    static func open(_ state: inout AppState) {
        if state.review.conflicts.isEmpty {
            state.say("No conflicts: nothing is left from a merge")
        } else {
            state.mode = .conflicts(selected: 0)
        }
    }

    private static func choose(_ side: MergeSide, _ selected: Int, _ state: inout AppState) {
        guard !state.isReadOnly else {
            state.warn("Read-only: \(state.session.readOnlyReason ?? "presenting")")
            return
        }
        var review = state.review
        guard review.conflicts.indices.contains(selected) else { return }
        let shown = review.describe(review.conflicts[selected])
        review.resolveConflict(at: selected, choosing: side)
        state.commit(review, label: "chose \(side.rawValue) for a conflict")
        let left = review.conflicts.count
        if left == 0 {
            state.mode = .normal
            state.say("All conflicts settled: save to write the review without them")
        } else {
            state.mode = .conflicts(selected: min(selected, left - 1))
            if let shown { state.say("\(side == .ours ? "Kept ours" : "Took theirs") for the \(shown.field) of \"\(shown.itemName)\"") }
        }
    }
}
