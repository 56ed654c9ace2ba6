import ReviewModel

/// `:since OLD` marks what changed since an earlier version (a file, or `git:REV`) in every
/// pane; `:since` alone or `:since off` clears the marks. The version is loaded by the
/// session (`AppEffect.loadComparison`), never here.
enum SinceHandling {
    static func command(_ argument: String?, _ state: inout AppState) -> [AppEffect] {
        guard let source = argument, !source.isEmpty, source != "off" else {
            if let since = state.since {
                state.since = nil
                state.say("Changes since \(since.source) no longer marked")
            } else {
                state.say("No changes are marked: :since FILE or :since git:REV marks what changed since then")
            }
            return []
        }
        state.say("Reading \(source)…")
        return [.loadComparison(source)]
    }

    static func loaded(source: String, _ old: Review?, error: String?, _ state: inout AppState) {
        guard let old else {
            state.warn("Cannot compare with \(source): \(error ?? "it could not be read")")
            return
        }
        let since = SinceComparison(source: source, old: old, current: state.review, revision: state.document.history.current.revision)
        state.since = since
        state.say("Since \(source): \(since.summary) (Enter shows what was; :since off clears)")
    }

    /// Keeps the marks true to the review as edits change it.
    static func refresh(_ state: inout AppState) {
        let revision = state.document.history.current.revision
        guard var since = state.since, since.revision != revision else { return }
        since.compare(with: state.review, revision: revision)
        state.since = since
    }

    /// The mark beside an item in a pane, or "" (no comparison, or the item is as it was).
    static func mark(_ state: AppState, part: String, id: String) -> String {
        state.since?.mark(part: part, id: id) ?? ""
    }
}

extension SinceHandling {
    /// The part and id comparison knows an item by (a piece of evidence by its test).
    static func key(of item: ItemRef, in review: Review) -> (part: String, id: String) {
        switch item {
        case .milestone(let i): return ("milestones", review.milestones[i].id)
        case .test(let i), .evidence(let i, _): return ("mergerTests", review.mergerTests[i].id)
        case .criterion(let i): return ("criteria", review.appraisal.criteria[i].id)
        case .option(let i): return ("options", review.appraisal.options[i].id)
        case .cell(let o, let c):
            return ("cells", "\(review.appraisal.options[o].id)/\(review.appraisal.criteria[c].id)")
        case .organisation(let i): return ("organisations", review.programme.organisations[i].id)
        case .place(let i): return ("places", review.programme.places[i].id)
        case .budgetLine(let i): return ("lines", review.budgets.lines[i].id)
        case .recommendation(let i): return ("recommendations", review.recommendations[i].id)
        case .action(let i): return ("actions", review.actions[i].id)
        case .paper: return ("paper", "paper")
        }
    }

    /// What the reader shows of an item's change: each changed field's earlier value beside
    /// its value now; empty when nothing is compared or the item is as it was.
    static func readerLines(_ item: ItemRef, _ state: AppState) -> [(text: String, isLabel: Bool)] {
        guard let since = state.since else { return [] }
        let key = key(of: item, in: state.review)
        guard let change = since.change(part: key.part, id: key.id) else { return [] }
        switch change.kind {
        case .added: return [("Since \(since.source): added", true)]
        case .moved: return [("Since \(since.source): moved", true)]
        case .removed: return []
        case .changed:
            return [("Since \(since.source): changed (was → now)", true)]
                + change.fields.map { ("  \(ComparisonText.capitalised($0.label)): \(ComparisonText.oneLine($0.old)) → \(ComparisonText.oneLine($0.new))", false) }
        }
    }
}

extension SinceHandling {
    /// A mark and a space to put before a name, or "" for none.
    static func prefix(_ mark: String) -> String { mark.isEmpty ? "" : mark + " " }

    /// The mark beside a budgets row: "~" when the organisation or place changed or a budget
    /// line of its changed (its own mark when it was added).
    static func budgetMark(_ state: AppState, _ model: BudgetsModel, row: Int) -> String {
        guard let since = state.since else { return "" }
        let id = model.id(row)
        let own = since.mark(part: model.scope == .organisations ? "organisations" : "places", id: id)
        return own.isEmpty && since.budgetHolders.contains(id) ? "~" : own
    }
}
