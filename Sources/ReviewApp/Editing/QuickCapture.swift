import ReviewModel

/// One key in a meeting: an action linked to the selected item, dated today, ready to type.
enum QuickCapture {
    static func linkId(for item: ItemRef, in review: Review) -> String? {
        switch item {
        case .milestone(let i): return review.milestones[i].id
        case .test(let i), .evidence(let i, _): return review.mergerTests[i].id
        case .option(let o), .cell(let o, _): return review.appraisal.options[o].id
        case .criterion(let c): return review.appraisal.criteria[c].id
        case .recommendation(let i): return review.recommendations[i].id
        case .organisation(let i): return review.programme.organisations[i].id
        case .place(let i): return review.programme.places[i].id
        case .budgetLine, .action, .paper: return nil
        }
    }

    static func addAction(_ state: inout AppState) {
        let before = BeforeAdd(history: state.document.history, pane: state.pane, selection: state.selectedItem, noun: "action")
        var review = state.review
        let link = state.selectedItem.flatMap { linkId(for: $0, in: review) }
        let about = link.flatMap { state.derived.title(ofItem: $0, in: review) } ?? "no item"
        let id = NewIds.unique("act", in: review)
        review.actions.append(Action(id: id, title: "New action", owner: "", due: nil, status: .open, linkedItemId: link,
                                     raisedAt: state.session.today))
        let index = review.actions.count - 1
        state.commit(review, label: "action on \(about)")
        state.decisions.actions.selected = state.actionOrder.firstIndex(of: index) ?? index
        let fields = ItemFields.action(index, state.review)
        var editor = EditorState(item: .action(index), fields: fields, review: state.review, isNewItem: true)
        editor.beforeAdd = before
        state.mode = .editing(editor)
        state.say("New action linked to \(about): type it, Tab for owner and due date, Enter to finish")
    }
}
