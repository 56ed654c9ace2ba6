import ReviewModel

/// The lines one column of a body's rows in budgets.csv holds: a year, a measure, and an
/// organisation or a place. A line counts for its organisation, and for its place when that is
/// another body, as the paper's totals count it.
struct BudgetLineKey: Hashable {
    var year: FinancialYear
    var measure: Measure
    var scope: TotalScope
    var entityId: String

    /// The keys a line is found under: its organisation's, and its place's.
    static func keys(_ line: BudgetLine) -> [BudgetLineKey] {
        var keys: [BudgetLineKey] = []
        if let organisation = line.organisationId {
            keys.append(BudgetLineKey(year: line.year, measure: line.measure, scope: .organisations, entityId: organisation))
        }
        if let place = line.placeId, place != line.organisationId {
            keys.append(BudgetLineKey(year: line.year, measure: line.measure, scope: .places, entityId: place))
        }
        return keys
    }
}
