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
    /// The first open milestone on or after the as-of date (`Review.nextMilestone`).
    var nextMilestone: Int?

    init(_ review: Review) {
        let asOf = review.programme.asOf
        let milestones = review.milestones
        let sortDates = milestones.map(\.date.sortDate)
        // Date order, ties in file order: the order of `Review.milestonesInDateOrder`.
        let ordered = milestones.indices.sorted { (sortDates[$0], $0) < (sortDates[$1], $1) }
        var rows: [TimelineRow] = []
        rows.reserveCapacity(milestones.count + 64)
        var milestoneRows: [Int] = []
        milestoneRows.reserveCapacity(milestones.count)
        var positions = [Int](repeating: 0, count: milestones.count)
        var currentGroup: (year: Int, month: Int)?
        var asOfShown = false
        var next: Int?
        var periods: [Int] = []
        for index in ordered {
            let sortDate = sortDates[index]
            if !asOfShown && sortDate >= asOf {
                rows.append(.asOf(asOf))
                asOfShown = true
            }
            // A group name is one month of one year, so comparing the two numbers compares the names.
            if currentGroup.map({ $0.year != sortDate.year || $0.month != sortDate.month }) ?? true {
                rows.append(.group(Derived.groupName(year: sortDate.year, month: sortDate.month)))
                currentGroup = (sortDate.year, sortDate.month)
            }
            positions[index] = milestoneRows.count
            milestoneRows.append(rows.count)
            rows.append(.milestone(index))
            if next == nil && !milestones[index].isClosed && sortDate >= asOf { next = index }
            if milestones[index].endDate != nil { periods.append(index) }
        }
        if !asOfShown { rows.append(.asOf(asOf)) }
        func monthNumber(_ date: CalendarDate) -> Int { date.year * 12 + date.month - 1 }
        if let first = periods.first {
            let start = monthNumber(sortDates[first])
            let lastEnd = periods.compactMap { milestones[$0].endDate.map { monthNumber($0.endOfPeriod) } }.max() ?? start
            periodMonths = (start, lastEnd)
        } else {
            periodMonths = nil
        }
        timelineRows = rows
        timelineMilestoneRows = milestoneRows
        self.positions = positions
        self.periods = periods
        nextMilestone = next
        var overdue = Set<String>()
        for milestone in milestones where milestone.isOverdue(asOf: asOf) { overdue.insert(milestone.id) }
        overdueMilestoneIds = overdue
    }

    /// True when nothing the schedule depends on (ids, dates, end dates, statuses) differs.
    /// Only the chunks an edit copied are compared; after an insertion or a removal the
    /// positions have moved, and the schedule is rebuilt.
    static func sameInputs(_ old: ChunkedArray<Milestone>, _ new: ChunkedArray<Milestone>) -> Bool {
        guard let ranges = new.unsharedRanges(comparedTo: old) else { return false }
        for range in ranges {
            for i in range {
                let a = old[i], b = new[i]
                if a.status != b.status || a.id != b.id || a.date != b.date || a.endDate != b.endDate { return false }
            }
        }
        return true
    }
}
