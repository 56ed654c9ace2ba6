import Foundation
import ReviewModel

/// The timeline in date order and what depends only on milestones' dates and statuses.
struct Schedule: Sendable {
    var timelineRows: [TimelineRow]
    var timelineMilestoneRows: [Int]
    /// For each milestone (file order), its position in `timelineMilestoneRows`.
    var positions: [Int]
    var periods: [Int]
    var periodMonths: (first: Int, lastEnd: Int)?
    var overdueMilestoneIds: Set<String>
    /// The open milestone due soonest that has not passed (`Review.nextMilestone`).
    var nextMilestone: Int?

    init(_ review: Review) {
        let asOf = review.programme.asOf
        let milestones = review.milestones
        let keys = milestones.map(\.date.orderKey)
        // Date order, undated last, ties in file order: the order of `Review.milestonesInDateOrder`.
        let ordered = milestones.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
        let asOfKey = asOf.dayNumber
        var rows: [TimelineRow] = []
        rows.reserveCapacity(milestones.count + 64)
        var milestoneRows: [Int] = []
        milestoneRows.reserveCapacity(milestones.count)
        var positions = [Int](repeating: 0, count: milestones.count)
        var currentHeading: Int?
        var asOfShown = false
        var next: (key: (Int, Int), index: Int)?
        var periods: [Int] = []
        for index in ordered {
            let key = keys[index]
            let date = milestones[index].date
            if !asOfShown && key >= asOfKey {
                rows.append(.asOf(asOf))
                asOfShown = true
            }
            // Headings say only what the date says: "April 2020", "2013", "2019/20", "Undated".
            let heading = date.headingKey
            if heading != currentHeading {
                rows.append(.group(date.heading))
                currentHeading = heading
            }
            positions[index] = milestoneRows.count
            milestoneRows.append(rows.count)
            rows.append(.milestone(index))
            if let due = milestones[index].nextKey(asOf: asOf), next.map({ due < $0.key || (due == $0.key && index < $0.index) }) ?? true {
                next = (due, index)
            }
            if milestones[index].isPeriod && date.isDated { periods.append(index) }
        }
        if !asOfShown { rows.append(.asOf(asOf)) }
        func monthNumber(_ date: CalendarDate) -> Int { date.year * 12 + date.month - 1 }
        if let first = periods.first, let firstDay = milestones[first].date.earliestDay {
            let start = monthNumber(firstDay)
            let lastEnd = periods.compactMap { milestones[$0].latestDay.map(monthNumber) }.max() ?? start
            periodMonths = (start, max(start, lastEnd))
        } else {
            periodMonths = nil
        }
        timelineRows = rows
        timelineMilestoneRows = milestoneRows
        self.positions = positions
        self.periods = periods
        nextMilestone = next?.index
        var overdue = Set<String>()
        for milestone in milestones where milestone.isOverdue(asOf: asOf) { overdue.insert(milestone.id) }
        overdueMilestoneIds = overdue
    }

    /// True when nothing the schedule depends on (ids, dates, end dates, statuses) differs.
    /// Only the items an edit changed are compared (`ChunkedArray.splice`); after an insertion
    /// or a removal the positions have moved, and the schedule is rebuilt.
    static func sameInputs(_ old: ChunkedArray<Milestone>, _ new: ChunkedArray<Milestone>) -> Bool {
        guard let splice = new.splice(from: old) else { return true }
        guard splice.removing == splice.inserting else { return false }
        for i in splice.at..<(splice.at + splice.inserting) {
            let a = old[i], b = new[i]
            if a.status != b.status || a.id != b.id || a.date != b.date || a.endDate != b.endDate { return false }
        }
        return true
    }
}
