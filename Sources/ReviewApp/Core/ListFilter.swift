import ReviewModel

/// A filter on one of the long lists (`f`): only the rows holding the text are shown, until Esc
/// clears it. It narrows the timeline's milestones (a month heading stays above the shown
/// milestones under it, and the as-of line stays) or the action log. The rows are worked out
/// from the search index when the filter is typed, and again with the derived figures after
/// every change to the review (`ReviewDocument`), so they always describe the current review.
public struct ListFilter: Sendable {
    public enum List: Hashable, Sendable {
        case milestones, actions

        var pane: Pane { self == .milestones ? .timeline : .decisions }
        var noun: String { self == .milestones ? "milestones" : "actions" }
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
    /// The shown actions, in the log's order (actions filter).
    let actionOrder: [Int]
    /// Rows in the list unfiltered.
    public let total: Int

    /// Rows shown.
    public var shownCount: Int { list == .milestones ? timelineMilestoneRows.count : actionOrder.count }

    init(list: List, query: String, review: Review, derived: Derived, index: SearchIndex) {
        self.list = list
        self.query = query
        let needle = SearchNeedle(query)
        switch list {
        case .milestones:
            var matching = [Bool](repeating: false, count: review.milestones.count)
            index.forEachMatch(in: .milestones, needle) { matching[$0] = true }
            var rows: [TimelineRow] = []
            var milestoneRows: [Int] = []
            var positions = [Int](repeating: -1, count: review.milestones.count)
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
            timelineRows = rows
            timelineMilestoneRows = milestoneRows
            self.positions = positions
            actionOrder = []
            total = review.milestones.count
        case .actions:
            var matching = [Bool](repeating: false, count: review.actions.count)
            index.forEachMatch(in: .actions, needle) { matching[$0] = true }
            actionOrder = derived.actionOrder.filter { matching.indices.contains($0) && matching[$0] }
            timelineRows = []
            timelineMilestoneRows = []
            positions = []
            total = review.actions.count
        }
    }

    /// What the status line says first while the filter is on: `FILTER "estates" 12 of 340 · Esc clears`.
    public var statusText: String {
        "FILTER \"\(query)\" \(shownCount) of \(total) · Esc clears"
    }
}
