import Foundation

public struct BudgetLine: Hashable, Sendable, Identifiable {
    public var id: String
    public var year: FinancialYear
    public var organisationId: String?
    public var placeId: String?
    public var measure: Measure
    public var amount: Money
    public var notes: String

    public init(id: String, year: FinancialYear, organisationId: String? = nil, placeId: String? = nil,
                measure: Measure, amount: Money, notes: String = "") {
        self.id = id
        self.year = year
        self.organisationId = organisationId
        self.placeId = placeId
        self.measure = measure
        self.amount = amount
        self.notes = notes
    }
}
