import Foundation

/// A total as the paper states it, kept so it can be checked against the sum of its parts.
public struct StatedTotal: Hashable, Sendable, Identifiable {
    public var id: String
    public var label: String
    public var measure: Measure
    public var scope: TotalScope
    public var year: FinancialYear?
    public var value: Decimal
    public var source: String

    public init(id: String, label: String, measure: Measure, scope: TotalScope, year: FinancialYear? = nil,
                value: Decimal, source: String = "") {
        self.id = id
        self.label = label
        self.measure = measure
        self.scope = scope
        self.year = year
        self.value = value
        self.source = source
    }

    /// "£2,909.3m" or "1,777,610", as the paper printed it.
    public var formattedValue: String {
        measure.isCount ? DecimalText.format(value, places: 0) : Money(millions: value).formatted
    }
}
