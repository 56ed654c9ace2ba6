import ReviewModel
import TerminalToolkit

/// Add, delete, move, duplicate and open the editor, in every pane. Each change is one undoable edit,
/// and deleting an item removes the references to it so the review stays valid.
enum ItemEditing {
    static func perform(_ command: Command, _ state: inout AppState) {
        switch command {
        case .edit: openEditor(&state)
        case .add: add(&state)
        case .delete: delete(&state)
        case .moveUp: move(by: -1, &state)
        case .moveDown: move(by: 1, &state)
        case .duplicate: duplicate(&state)
        case .quickAction: QuickCapture.addAction(&state)
        default: break
        }
    }

    static func currentYear(_ state: AppState) -> FinancialYear? {
        let years = state.derived.budgetYears(state.review)
        if let index = state.budgets.yearIndex, years.indices.contains(index) { return years[index] }
        return years.last
    }

    static func openEditor(_ state: inout AppState, isNew: Bool = false) {
        guard let item = state.selectedItem else { return state.warn("Nothing selected to edit: A adds an item") }
        // Only organisations' and places' fields depend on the year.
        let year: FinancialYear?
        switch item {
        case .organisation, .place: year = currentYear(state)
        default: year = nil
        }
        let fields = ItemFields.fields(for: item, in: state.review, year: year)
        guard !fields.isEmpty else { return state.warn("Nothing to edit here") }
        state.mode = .editing(EditorState(item: item, fields: fields, review: state.review, isNewItem: isNew))
    }

    static func add(_ state: inout AppState) {
        let before = BeforeAdd(history: state.document.history, pane: state.pane, selection: state.selectedItem, noun: "item")
        var review = state.review
        let asOf = review.programme.asOf
        let label: String
        let select: ItemRef
        switch state.pane {
        case .overview:
            return state.warn("The Overview's narrative and figures are edited in the file (docs/file-format.md); e edits the cover sheet")
        case .timeline:
            let id = NewIds.unique("ms", in: review)
            review.milestones.append(Milestone(id: id, title: "New milestone", date: .day(asOf)))
            label = "added a milestone"
            select = .milestone(review.milestones.count - 1)
        case .tests:
            if state.tests.focus == .evidence, let t = state.selectedTestIndex {
                let id = NewIds.unique("ev", in: review)
                let at = min((state.tests.evidence.selected ?? -1) + 1, review.mergerTests[t].evidence.count)
                review.mergerTests[t].evidence.insert(Evidence(id: id, title: "New evidence", date: state.session.today), at: at)
                label = "added evidence to \(review.mergerTests[t].title)"
                select = .evidence(test: t, item: at)
            } else {
                let id = NewIds.unique("test", in: review)
                let at = min((state.selectedTestIndex ?? -1) + 1, review.mergerTests.count)
                review.mergerTests.insert(MergerTest(id: id, title: "New merger test"), at: at)
                label = "added a merger test"
                select = .test(at)
            }
        case .appraisal:
            if state.appraisal.showProsCons {
                let id = NewIds.unique("opt", in: review)
                let at = min(state.appraisal.column + 1, review.appraisal.options.count)
                review.appraisal.options.insert(AppraisalOption(id: id, title: "New option"), at: at)
                label = "added an option"
                select = .option(at)
            } else if review.appraisal.options.isEmpty {
                review.appraisal.options.append(AppraisalOption(id: NewIds.unique("opt", in: review), title: "New option"))
                label = "added an option"
                select = .option(0)
            } else {
                let id = NewIds.unique("crit", in: review)
                let at = min(state.appraisal.row + 1, review.appraisal.criteria.count)
                review.appraisal.criteria.insert(Criterion(id: id, title: "New criterion"), at: at)
                label = "added a criterion"
                select = .cell(option: min(state.appraisal.column, review.appraisal.options.count - 1), criterion: at)
            }
        case .budgets:
            if state.budgets.scope == .organisations {
                let id = NewIds.unique("org", in: review)
                review.programme.organisations.append(Organisation(id: id, name: "New organisation"))
                label = "added an organisation"
                select = .organisation(review.programme.organisations.count - 1)
            } else {
                let id = NewIds.unique("place", in: review)
                review.programme.places.append(Place(id: id, name: "New place"))
                label = "added a place"
                select = .place(review.programme.places.count - 1)
            }
        case .decisions:
            if state.decisions.section == .recommendations {
                let id = NewIds.unique("rec", in: review)
                review.recommendations.append(Recommendation(id: id, text: "New recommendation"))
                label = "added a recommendation"
                select = .recommendation(review.recommendations.count - 1)
            } else {
                let id = NewIds.unique("act", in: review)
                review.actions.append(Action(id: id, title: "New action", due: nil, raisedAt: asOf))
                label = "added an action"
                select = .action(review.actions.count - 1)
            }
        }
        state.commit(review, label: label)
        state.select(select)
        openEditor(&state, isNew: true)
        if case .editing(var editor) = state.mode {
            editor.beforeAdd = before
            editor.beforeAdd?.noun = select.noun
            state.mode = .editing(editor)
        }
        state.say("\(label.prefix(1).uppercased() + label.dropFirst()): type, Tab to the next field, Enter to finish")
    }

    static func delete(_ state: inout AppState) {
        guard let item = state.selectedItem else { return state.warn("Nothing selected to delete") }
        var review = state.review
        let label: String
        switch item {
        case .milestone(let i):
            let id = review.milestones[i].id
            label = "deleted milestone \(review.milestones[i].title)"
            review.milestones.remove(at: i)
            for j in review.milestones.indices { review.milestones[j].dependsOn.removeAll { $0 == id } }
            unlinkActions(from: [id], &review)
        case .test(let i):
            label = "deleted test \(review.mergerTests[i].title)"
            unlinkActions(from: [review.mergerTests[i].id] + review.mergerTests[i].evidence.map(\.id), &review)
            review.mergerTests.remove(at: i)
        case .evidence(let t, let e):
            label = "deleted evidence \(review.mergerTests[t].evidence[e].title)"
            unlinkActions(from: [review.mergerTests[t].evidence[e].id], &review)
            review.mergerTests[t].evidence.remove(at: e)
        case .cell(_, let c), .criterion(let c):
            let id = review.appraisal.criteria[c].id
            label = "deleted criterion \(review.appraisal.criteria[c].title)"
            review.appraisal.criteria.remove(at: c)
            review.appraisal.cells.removeAll { $0.criterionId == id }
            unlinkActions(from: [id], &review)
        case .option(let o):
            let id = review.appraisal.options[o].id
            label = "deleted option \(review.appraisal.options[o].title)"
            review.appraisal.options.remove(at: o)
            review.appraisal.cells.removeAll { $0.optionId == id }
            if review.appraisal.preferredOptionId == id { review.appraisal.preferredOptionId = nil }
            unlinkActions(from: [id], &review)
        case .organisation(let i):
            let id = review.programme.organisations[i].id
            label = "deleted organisation \(review.programme.organisations[i].name) and its budget lines"
            review.programme.organisations.remove(at: i)
            for j in review.programme.places.indices { review.programme.places[j].organisationIds.removeAll { $0 == id } }
            for j in review.programme.keyFigures.indices where review.programme.keyFigures[j].organisationId == id {
                review.programme.keyFigures[j].organisationId = nil
            }
            review.budgets.lines.removeAll { $0.organisationId == id }
            unlinkActions(from: [id], &review)
        case .place(let i):
            let id = review.programme.places[i].id
            label = "deleted place \(review.programme.places[i].name) and its budget lines"
            review.programme.places.remove(at: i)
            for j in review.programme.organisations.indices { review.programme.organisations[j].placeIds.removeAll { $0 == id } }
            for j in review.programme.keyFigures.indices where review.programme.keyFigures[j].placeId == id {
                review.programme.keyFigures[j].placeId = nil
            }
            review.budgets.lines.removeAll { $0.placeId == id }
            unlinkActions(from: [id], &review)
        case .budgetLine(let i):
            label = "deleted a budget line"
            unlinkActions(from: [review.budgets.lines[i].id], &review)
            review.budgets.lines.remove(at: i)
        case .recommendation(let i):
            label = "deleted recommendation \(review.recommendations[i].text)"
            unlinkActions(from: [review.recommendations[i].id], &review)
            review.recommendations.remove(at: i)
        case .action(let i):
            label = "deleted action \(review.actions[i].title)"
            unlinkActions(from: [review.actions[i].id], &review)
            review.actions.remove(at: i)
        case .paper:
            return state.warn("The cover sheet stays: e edits its fields, and an emptied field is left out of the paper")
        }
        state.commit(review, label: label)
        clampSelections(&state)
        state.say("\(label.prefix(1).uppercased() + label.dropFirst()) (u undoes)")
    }

    static func unlinkActions(from ids: [String], _ review: inout Review) {
        let gone = Set(ids)
        for i in review.actions.indices where review.actions[i].linkedItemId.map(gone.contains) == true {
            review.actions[i].linkedItemId = nil
        }
    }

    static func clampSelections(_ state: inout AppState) {
        let review = state.review
        state.timeline.rows.clamp(count: state.timelineMilestoneRows.count)
        state.tests.rows.clamp(count: state.shownTests.count)
        if let t = state.selectedTestIndex {
            state.tests.evidence.clamp(count: review.mergerTests[t].evidence.count)
        }
        state.appraisal.row = min(state.appraisal.row, max(0, review.appraisal.criteria.count - 1))
        state.appraisal.column = min(state.appraisal.column, max(0, review.appraisal.options.count - 1))
        state.budgets.rows.clamp(count: state.shownEntities(state.budgets.scope).count)
        state.decisions.recommendations.clamp(count: state.shownRecommendations.count)
        state.decisions.actions.clamp(count: state.actionOrder.count)
    }

    static func move(by delta: Int, _ state: inout AppState) {
        guard let item = state.selectedItem else { return }
        var review = state.review
        func swap<List: MutableCollection<T>, T>(_ array: inout List, _ i: Int) -> Int? where List.Index == Int {
            let j = i + delta
            guard array.indices.contains(j) else { return nil }
            array.swapAt(i, j)
            return j
        }
        var moved: ItemRef?
        switch item {
        case .milestone:
            return state.say("The timeline is in date order: change the date to move a milestone")
        case .test(let i): moved = swap(&review.mergerTests, i).map { .test($0) }
        case .evidence(let t, let e): moved = swap(&review.mergerTests[t].evidence, e).map { .evidence(test: t, item: $0) }
        case .cell(let o, let c): moved = swap(&review.appraisal.criteria, c).map { .cell(option: o, criterion: $0) }
        case .criterion(let c): moved = swap(&review.appraisal.criteria, c).map { .criterion($0) }
        case .option(let o): moved = swap(&review.appraisal.options, o).map { .option($0) }
        case .organisation(let i): moved = swap(&review.programme.organisations, i).map { .organisation($0) }
        case .place(let i): moved = swap(&review.programme.places, i).map { .place($0) }
        case .budgetLine, .paper: return
        case .recommendation(let i): moved = swap(&review.recommendations, i).map { .recommendation($0) }
        case .action(let i): moved = swap(&review.actions, i).map { .action($0) }
        }
        guard let moved else { return state.say(delta < 0 ? "Already first" : "Already last") }
        let label = "moved \(moved.noun) \"\(EditorHandling.itemTitle(moved, review))\" \(delta < 0 ? "up" : "down")"
        state.commit(review, label: label)
        state.select(moved)
        state.say(label.prefix(1).uppercased() + label.dropFirst() + " (u undoes)")
    }

    static func duplicate(_ state: inout AppState) {
        guard let item = state.selectedItem else { return }
        var review = state.review
        var select: ItemRef?
        switch item {
        case .milestone(let i):
            var copy = review.milestones[i]
            copy.id = NewIds.copyId(of: copy.id, in: review)
            copy.title += " (copy)"
            review.milestones.insert(copy, at: i + 1)
            select = .milestone(i + 1)
        case .test(let i):
            var copy = review.mergerTests[i]
            var withCopies = review
            copy.id = NewIds.copyId(of: copy.id, in: withCopies)
            copy.title += " (copy)"
            copy.evidence = []
            withCopies.mergerTests.append(copy)
            for evidence in review.mergerTests[i].evidence {
                var item = evidence
                item.id = NewIds.copyId(of: evidence.id, in: withCopies)
                copy.evidence.append(item)
                withCopies.mergerTests[withCopies.mergerTests.count - 1] = copy
            }
            review.mergerTests.insert(copy, at: i + 1)
            select = .test(i + 1)
        case .evidence(let t, let e):
            var copy = review.mergerTests[t].evidence[e]
            copy.id = NewIds.copyId(of: copy.id, in: review)
            review.mergerTests[t].evidence.insert(copy, at: e + 1)
            select = .evidence(test: t, item: e + 1)
        case .option(let o):
            var copy = review.appraisal.options[o]
            let oldId = copy.id
            copy.id = NewIds.copyId(of: copy.id, in: review)
            copy.title += " (copy)"
            review.appraisal.options.insert(copy, at: o + 1)
            review.appraisal.cells += review.appraisal.cells.filter { $0.optionId == oldId }.map {
                AppraisalCell(optionId: copy.id, criterionId: $0.criterionId, judgement: $0.judgement, score: $0.score)
            }
            select = .option(o + 1)
        case .cell(_, let c), .criterion(let c):
            var copy = review.appraisal.criteria[c]
            let oldId = copy.id
            copy.id = NewIds.copyId(of: copy.id, in: review)
            copy.title += " (copy)"
            review.appraisal.criteria.insert(copy, at: c + 1)
            review.appraisal.cells += review.appraisal.cells.filter { $0.criterionId == oldId }.map {
                AppraisalCell(optionId: $0.optionId, criterionId: copy.id, judgement: $0.judgement, score: $0.score)
            }
            select = .criterion(c + 1)
        case .organisation(let i):
            var copy = review.programme.organisations[i]
            copy.id = NewIds.copyId(of: copy.id, in: review)
            copy.name += " (copy)"
            review.programme.organisations.insert(copy, at: i + 1)
            select = .organisation(i + 1)
        case .place(let i):
            var copy = review.programme.places[i]
            copy.id = NewIds.copyId(of: copy.id, in: review)
            copy.name += " (copy)"
            review.programme.places.insert(copy, at: i + 1)
            select = .place(i + 1)
        case .budgetLine, .paper: return
        case .recommendation(let i):
            var copy = review.recommendations[i]
            copy.id = NewIds.copyId(of: copy.id, in: review)
            review.recommendations.insert(copy, at: i + 1)
            select = .recommendation(i + 1)
        case .action(let i):
            var copy = review.actions[i]
            copy.id = NewIds.copyId(of: copy.id, in: review)
            review.actions.insert(copy, at: i + 1)
            select = .action(i + 1)
        }
        state.commit(review, label: "duplicated an item")
        if let select { state.select(select) }
        state.say("Duplicated (u undoes)")
    }
}
