/// Every body's lines per year and measure, in line order, found in one pass over the lines:
/// their sum is the amount `BudgetFigures.amount` gives (a line counts for its organisation,
/// and for its place when that is another body), so a table of every body, year and measure
/// costs one lookup a cell rather than a pass over the lines.
struct BudgetAmounts {
    private struct Key: Hashable {
        var year: FinancialYear
        var measure: Measure
        var entityId: String
    }

    private var parts: [Key: [Money]] = [:]

    init(_ review: Review) {
        parts.reserveCapacity(review.budgets.lines.count)
        for line in review.budgets.lines {
            if let organisation = line.organisationId {
                parts[Key(year: line.year, measure: line.measure, entityId: organisation), default: []].append(line.amount)
            }
            if let place = line.placeId, place != line.organisationId {
                parts[Key(year: line.year, measure: line.measure, entityId: place), default: []].append(line.amount)
            }
        }
    }

    /// The sum of the body's lines for the year and measure; nil when it has none.
    func amount(_ measure: Measure, year: FinancialYear, entityId: String) -> Money? {
        parts[Key(year: year, measure: measure, entityId: entityId)]?.sum()
    }

    /// The amounts of the body's lines for the year and measure, in line order.
    func lineAmounts(_ measure: Measure, year: FinancialYear, entityId: String) -> [Money] {
        parts[Key(year: year, measure: measure, entityId: entityId)] ?? []
    }
}
