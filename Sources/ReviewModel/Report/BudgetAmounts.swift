/// Every body's amount per year and measure, exactly as `BudgetFigures.amount` gives it (the
/// sum of its lines, in line order), found in one pass over the lines, so a table of every
/// body, year and measure costs one lookup a cell rather than a pass over the lines.
struct BudgetAmounts {
    private struct Key: Hashable {
        var year: FinancialYear
        var measure: Measure
        var entityId: String
    }

    private var sums: [Key: Money] = [:]

    init(_ review: Review) {
        sums.reserveCapacity(review.budgets.lines.count)
        for line in review.budgets.lines {
            if let organisation = line.organisationId {
                let key = Key(year: line.year, measure: line.measure, entityId: organisation)
                sums[key] = (sums[key] ?? .zero) + line.amount
            }
            if let place = line.placeId, place != line.organisationId {
                let key = Key(year: line.year, measure: line.measure, entityId: place)
                sums[key] = (sums[key] ?? .zero) + line.amount
            }
        }
    }

    func amount(_ measure: Measure, year: FinancialYear, entityId: String) -> Money? {
        sums[Key(year: year, measure: measure, entityId: entityId)]
    }
}
