import ReviewModel

/// A filter on one of the panes' lists (`f`): only the rows holding the text are shown, until
/// Esc clears it. It narrows the timeline's milestones (a month heading stays above the shown
/// milestones under it, and the as-of line stays), the merger tests (a test whose evidence holds
/// the text is shown too), the organisations or the places of the budgets pane (a budget line's
/// text counts for its organisation's or place's row), the recommendations or the action log.
/// The rows are worked out from the search index when the filter is typed, and again with the
/// derived figures after every change to the review (`ReviewDocument`), so they always describe
/// the current review.
public struct ListFilter: Sendable {
    public enum List: Hashable, Sendable {
        case milestones, tests, organisations, places, recommendations, actions

        var pane: Pane {
            switch self {
            case .milestones: return .timeline
            case .tests: return .tests
            case .organisations, .places: return .budgets
            case .recommendations, .actions: return .decisions
            }
        }

        /// One row of the list, in words.
        var singular: String {
            switch self {
            case .milestones: return "milestone"
            case .tests: return "merger test"
            case .organisations: return "organisation"
            case .places: return "place"
            case .recommendations: return "recommendation"
            case .actions: return "action"
            }
        }

        /// The rows of the list, in words.
        var noun: String { singular + "s" }
    }

    /// Which list, filtered by what: all a prompt needs to put a filter back.
    public struct Spec: Hashable, Sendable {
        public var list: List
        public var query: String
    }

    public let list: List
    public let query: String
    public var spec: Spec { Spec(list: list, query: query) }
    /// The timeline as shown (milestones filter): headings over shown milestones, the as-of
    /// line, the shown milestones; and each shown milestone's row in it.
    let timelineRows: [TimelineRow]
    let timelineMilestoneRows: [Int]
    /// For each milestone (file order), its position among the shown ones; -1 when hidden.
    let positions: [Int]
    /// The shown items of any other list, in the order the pane shows them (the action log's
    /// order for actions, file order for the others).
    let order: [Int]
    /// Rows in the list unfiltered.
    public let total: Int

    /// Rows shown.
    public var shownCount: Int { list == .milestones ? timelineMilestoneRows.count : order.count }

    init(list: List, query: String, review: Review, derived: Derived, index: SearchIndex) {
        self.list = list
        self.query = query
        let total = ListFilter.count(of: list, in: review)
        self.total = total
        var matching = [Bool](repeating: false, count: total)
        index.forEachMatch(in: list, SearchNeedle(query)) { if matching.indices.contains($0) { matching[$0] = true } }
        var rows: [TimelineRow] = []
        var milestoneRows: [Int] = []
        var positions: [Int] = []
        switch list {
        case .milestones:
            positions = [Int](repeating: -1, count: total)
            var heading: TimelineRow?
            for row in derived.timelineRows {
                switch row {
                case .group: heading = row
                case .asOf: rows.append(row)
                case .milestone(let i):
                    guard matching.indices.contains(i), matching[i] else { continue }
                    if let shownHeading = heading { rows.append(shownHeading) }
                    heading = nil
                    positions[i] = milestoneRows.count
                    milestoneRows.append(rows.count)
                    rows.append(row)
                }
            }
            order = []
        case .actions:
            order = derived.actionOrder.filter { matching.indices.contains($0) && matching[$0] }
        case .tests, .organisations, .places, .recommendations:
            order = matching.indices.filter { matching[$0] }
        }
        timelineRows = rows
        timelineMilestoneRows = milestoneRows
        self.positions = positions
    }

    static func count(of list: List, in review: Review) -> Int {
        switch list {
        case .milestones: return review.milestones.count
        case .tests: return review.mergerTests.count
        case .organisations: return review.programme.organisations.count
        case .places: return review.programme.places.count
        case .recommendations: return review.recommendations.count
        case .actions: return review.actions.count
        }
    }

    /// What the status line says first while the filter is on: `FILTER "estates" 12 of 340 · Esc clears`.
    public var statusText: String {
        "FILTER \"\(query)\" \(shownCount) of \(total) · Esc clears"
    }

    /// The line a list shows in place of its rows when the filter leaves none.
    var noRowsText: String { "  No \(list.singular) holds \"\(query)\": Esc clears the filter" }
}
