import ReviewModel

/// The lines budgets.csv sums into one cell: a year, a measure, and an organisation or a place.
struct BudgetLineKey: Hashable {
    var year: FinancialYear
    var measure: Measure
    var organisationId: String?
    var placeId: String?

    init(year: FinancialYear, measure: Measure, organisationId: String?, placeId: String?) {
        self.year = year
        self.measure = measure
        self.organisationId = organisationId
        self.placeId = placeId
    }

    init(_ line: BudgetLine) {
        self.init(year: line.year, measure: line.measure, organisationId: line.organisationId, placeId: line.placeId)
    }
}
