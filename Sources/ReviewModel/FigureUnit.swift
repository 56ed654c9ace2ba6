import Foundation

/// What a key figure counts or measures.
public enum FigureUnit: String, CaseIterable, Hashable, Sendable {
    case count, people, percent, gbpMillions, years, number

    public var label: String {
        switch self {
        case .count: return "count"
        case .people: return "people"
        case .percent: return "per cent"
        case .gbpMillions: return "£m"
        case .years: return "years"
        case .number: return "number"
        }
    }

    /// "564,600", "1,006,232 people", "58%", "£50m", "9.4 years", "19.87": as the paper prints it.
    public func format(_ value: Decimal, places: Int? = nil) -> String {
        let places = max(places ?? 0, DecimalText.places(of: value))
        switch self {
        case .count: return DecimalText.format(value, places: places)
        case .people: return DecimalText.format(value, places: places) + " people"
        case .percent: return DecimalText.format(value, places: places) + "%"
        case .gbpMillions: return Money(millions: value).format(places: places)
        case .years: return DecimalText.format(value, places: places) + " years"
        case .number: return DecimalText.format(value, places: places)
        }
    }
}
