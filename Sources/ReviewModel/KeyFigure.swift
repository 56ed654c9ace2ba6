import Foundation

/// A figure the paper states ("45 Primary Care Networks", "58 per cent"): a fact as printed, with
/// where it belongs and where the paper says it. A figure with parts is checked like a budget
/// total: a stated value that differs from the sum of its parts is a warning naming both numbers;
/// a figure without parts is a fact and is never a warning.
public struct KeyFigure: Hashable, Sendable, Identifiable {
    public var id: String
    public var label: String
    public var value: Decimal
    public var unit: FigureUnit
    /// Decimal places the paper prints ("2.0%" has 1), when more than the value needs.
    public var decimals: Int?
    /// When the figure holds (a year, a financial year, a day).
    public var date: FlexibleDate?
    public var organisationId: String?
    public var placeId: String?
    /// Where the paper says it: "Section 6, Figure 5".
    public var source: String
    public var notes: String
    public var parts: [FigurePart]

    public init(id: String, label: String, value: Decimal, unit: FigureUnit = .count, decimals: Int? = nil, date: FlexibleDate? = nil,
                organisationId: String? = nil, placeId: String? = nil, source: String = "", notes: String = "",
                parts: [FigurePart] = []) {
        self.id = id
        self.label = label
        self.value = value
        self.unit = unit
        self.decimals = decimals
        self.date = date
        self.organisationId = organisationId
        self.placeId = placeId
        self.source = source
        self.notes = notes
        self.parts = parts
    }

    /// "564,600", "58%", "£50m": the value as the paper prints it.
    public var formattedValue: String { unit.format(value, places: decimals) }

    /// The sum of the parts, when there are parts.
    public var sumOfParts: Decimal? {
        parts.isEmpty ? nil : parts.reduce(Decimal(0)) { $0 + $1.value }
    }

    /// A part's value, or the sum of the parts, printed like the figure.
    public func format(_ value: Decimal) -> String { unit.format(value, places: decimals) }
}
