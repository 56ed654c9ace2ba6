import ReviewModel

/// The lowercased text of every searchable field of the review (`SearchText`), built the
/// first time a search starts and kept while the review is unchanged. After an edit only the
/// blocks of 256 items that may differ are rebuilt (the long lists are `ChunkedArray`s, which
/// say which items two versions may differ in), so a search after an edit costs about what a
/// search before it did.
///
/// What is searched: every text an item shows or holds (title, owner, notes, description,
/// reference, judgement, minute, id) and the words shown for its date, status and RAG.
struct SearchIndex: Sendable {
    static let blockSize = 256

    let basis: Review
    private(set) var milestones: [SearchText]
    /// Merger tests with their evidence (a test's evidence follows the test).
    private(set) var tests: [SearchText]
    private(set) var budgetLines: [SearchText]
    private(set) var actions: [SearchText]
    /// Appraisal, organisations, places, recommendations and the cover sheet: short lists, rebuilt together.
    private(set) var rest: SearchText

    init(_ review: Review, reusing old: SearchIndex? = nil) {
        basis = review
        milestones = SearchIndex.blocks(review.milestones, old?.basis.milestones, old?.milestones) { text, i, m in
            text.add(.milestone(i), [m.title, m.owner, m.notes, m.date.display, m.id, m.status.label])
        }
        tests = SearchIndex.blocks(review.mergerTests, old?.basis.mergerTests, old?.tests) { text, i, t in
            text.add(.test(i), [t.title, t.description, t.owner, t.notes, t.id, t.rag.label, t.status.label])
            for (j, e) in t.evidence.enumerated() { text.add(.evidence(test: i, item: j), [e.title, e.reference, e.id]) }
        }
        // A budget line's text is its organisation's or place's (its row on the budgets pane).
        let organisations = Dictionary(review.programme.organisations.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let places = Dictionary(review.programme.places.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let sameOwners = old.map { $0.basis.programme == review.programme } ?? false
        budgetLines = SearchIndex.blocks(review.budgets.lines, sameOwners ? old?.basis.budgets.lines : nil, old?.budgetLines) { text, i, l in
            let owner = l.organisationId.flatMap { organisations[$0] }.map(ItemRef.organisation)
                ?? l.placeId.flatMap { places[$0] }.map(ItemRef.place) ?? .budgetLine(i)
            text.add(owner, [l.notes, l.id])
        }
        actions = SearchIndex.blocks(review.actions, old?.basis.actions, old?.actions) { text, i, a in
            text.add(.action(i), [a.title, a.owner, a.notes, a.id])
        }
        if let old, old.basis.appraisal == review.appraisal, old.basis.programme == review.programme,
           old.basis.recommendations == review.recommendations, old.basis.paper == review.paper {
            rest = old.rest
        } else {
            rest = SearchIndex.rest(review)
        }
    }

    /// Whether the index still describes `review` (every list shares storage or is equal).
    func describes(_ review: Review) -> Bool {
        basis.milestones.sharesStorage(with: review.milestones) && basis.mergerTests.sharesStorage(with: review.mergerTests)
            && basis.budgets.lines.sharesStorage(with: review.budgets.lines) && basis.actions.sharesStorage(with: review.actions)
            && basis.appraisal == review.appraisal && basis.programme == review.programme
            && basis.recommendations == review.recommendations && basis.paper == review.paper
    }

    /// One `SearchText` per block of `blockSize` items; blocks whose items share storage with
    /// the old list are reused.
    static func blocks<Element>(_ items: ChunkedArray<Element>, _ oldItems: ChunkedArray<Element>?, _ oldBlocks: [SearchText]?,
                                _ add: (inout SearchText, Int, Element) -> Void) -> [SearchText] {
        let blockCount = (items.count + blockSize - 1) / blockSize
        var changed: [Bool]?
        if let oldItems, let oldBlocks, oldBlocks.count == blockCount, let ranges = items.unsharedRanges(comparedTo: oldItems) {
            var flags = [Bool](repeating: false, count: blockCount)
            for range in ranges where !range.isEmpty {
                for block in (range.lowerBound / blockSize)...((range.upperBound - 1) / blockSize) where block < blockCount {
                    flags[block] = true
                }
            }
            changed = flags
        }
        return (0..<blockCount).map { block in
            if let changed, let oldBlocks, !changed[block] { return oldBlocks[block] }
            var text = SearchText()
            for i in (block * blockSize)..<min(items.count, (block + 1) * blockSize) { add(&text, i, items[i]) }
            return text
        }
    }

    static func rest(_ review: Review) -> SearchText {
        var text = SearchText()
        let appraisal = review.appraisal
        for (i, c) in appraisal.criteria.enumerated() { text.add(.criterion(i), [c.title, c.description, c.id]) }
        for (i, o) in appraisal.options.enumerated() { text.add(.option(i), [o.title, o.description, o.id] + o.pros + o.cons) }
        let optionIndex = Dictionary(appraisal.options.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let criterionIndex = Dictionary(appraisal.criteria.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for cell in appraisal.cells {
            if let o = optionIndex[cell.optionId], let c = criterionIndex[cell.criterionId] {
                text.add(.cell(option: o, criterion: c), [cell.judgement])
            }
        }
        for (i, o) in review.programme.organisations.enumerated() {
            text.add(.organisation(i), [o.name, o.kind, o.accountableOfficer, o.chair, o.notes, o.id])
        }
        for (i, p) in review.programme.places.enumerated() { text.add(.place(i), [p.name, p.notes, p.id]) }
        for (i, r) in review.recommendations.enumerated() { text.add(.recommendation(i), [r.text, r.minute, r.id]) }
        if let paper = review.paper {
            text.add(.paper, [paper.meeting, paper.meetingDate, paper.agendaItem, paper.purpose?.label ?? "", paper.author,
                              paper.sponsor, paper.previouslyConsidered])
        }
        return text
    }

    /// The items of a filterable list holding the needle (their indices, each at least once):
    /// a merger test also when its evidence holds it, an organisation or a place also when one
    /// of its budget lines does.
    func forEachMatch(in list: ListFilter.List, _ needle: SearchNeedle, _ found: (Int) -> Void) {
        let blocks: [SearchText]
        switch list {
        case .milestones: blocks = milestones
        case .tests: blocks = tests
        case .actions: blocks = actions
        case .recommendations: blocks = [rest]
        case .organisations, .places: blocks = budgetLines + [rest]
        }
        for block in blocks {
            block.forEachMatch(needle) { item in
                switch (list, item) {
                case (.milestones, .milestone(let i)), (.tests, .test(let i)), (.tests, .evidence(let i, _)),
                     (.organisations, .organisation(let i)), (.places, .place(let i)),
                     (.recommendations, .recommendation(let i)), (.actions, .action(let i)):
                    found(i)
                default: break
                }
            }
        }
    }

    /// Every item holding the needle, each list in storage order. With `previous` (the matches
    /// on this index of a needle this one holds) only the items it found are read. Returns where
    /// the matches are, for the search after it.
    @discardableResult
    func forEachMatch(_ needle: SearchNeedle, among previous: SearchMatches? = nil, _ found: (ItemRef) -> Void) -> SearchMatches {
        var matches = SearchMatches(needle: needle)
        var block = 0
        for list in [milestones, tests, budgetLines, actions, [rest]] {
            for text in list {
                var slots: [Int32] = []
                if let previous {
                    let among = previous.slots.indices.contains(block) ? previous.slots[block] : []
                    if !among.isEmpty {
                        text.forEachMatchingSlot(needle, among: among) { slots.append(Int32($0)); found(text.items[$0]) }
                    }
                } else {
                    text.forEachMatchingSlot(needle) { slots.append(Int32($0)); found(text.items[$0]) }
                }
                matches.slots.append(slots)
                block += 1
            }
        }
        return matches
    }
}
