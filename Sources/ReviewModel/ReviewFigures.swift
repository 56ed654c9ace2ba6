/// Readiness and timeline figures shown in the header and the summary.
extension Review {
    /// Tests assured out of all tests.
    public var readiness: (assured: Int, total: Int) {
        (mergerTests.reduce(0) { $0 + ($1.status == .assured ? 1 : 0) }, mergerTests.count)
    }

    /// Milestones in date order (`FlexibleDate.orderKey`); undated ones last; ties keep the file's order.
    public var milestonesInDateOrder: [Milestone] {
        inDateOrder(Array(milestones.indices))
    }

    /// The milestones at these positions by date, ties in file order; each key worked out once.
    private func inDateOrder(_ positions: [Int]) -> [Milestone] {
        positions.map { (key: milestones[$0].date.orderKey, position: $0) }
            .sorted { ($0.key, $0.position) < ($1.key, $1.position) }
            .map { milestones[$0.position] }
    }

    /// The open milestone due soonest that has not passed (`Milestone.nextKey`); ties in date order, then file order.
    public var nextMilestone: Milestone? {
        let asOf = programme.asOf
        var best: (key: (Int, Int), index: Int)?
        for (index, milestone) in milestones.enumerated() {
            guard let key = milestone.nextKey(asOf: asOf) else { continue }
            if best.map({ key < $0.key }) ?? true { best = (key, index) }
        }
        return best.map { milestones[$0.index] }
    }

    /// The overdue milestones in date order (the date order's, filtered).
    public var overdueMilestones: [Milestone] {
        let asOf = programme.asOf
        return inDateOrder(milestones.indices.filter { milestones[$0].isOverdue(asOf: asOf) })
    }

    public var overdueActions: [Action] {
        actions.filter { $0.isOverdue(asOf: programme.asOf) }
    }

    /// Every id in the review, for reference checks and link pickers.
    public var allIds: [String] {
        var ids: [String] = []
        ids += programme.organisations.map(\.id)
        ids += programme.places.map(\.id)
        ids += milestones.map(\.id)
        for test in mergerTests {
            ids.append(test.id)
            ids += test.evidence.map(\.id)
        }
        ids += appraisal.criteria.map(\.id)
        ids += appraisal.options.map(\.id)
        ids += budgets.lines.map(\.id)
        ids += budgets.statedTotals.map(\.id)
        ids += recommendations.map(\.id)
        ids += actions.map(\.id)
        return ids
    }
}
