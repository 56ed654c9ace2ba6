import Foundation

/// How values of the common field types are shown in comparisons.
public enum FieldText {
    public static let none = "none"

    public static func text(_ value: String, _: ReviewNames) -> String { value.isEmpty ? "(empty)" : "\"\(value)\"" }
    public static func text(_ value: String?, _ names: ReviewNames) -> String { value.map { text($0, names) } ?? none }
    public static func money(_ value: Money, _: ReviewNames) -> String { value.formatted }
    public static func money(_ value: Money?, _: ReviewNames) -> String { value?.formatted ?? none }
    public static func count(_ value: Int?, _: ReviewNames) -> String { value.map(CountText.format) ?? none }
    public static func decimal(_ value: Decimal?, _: ReviewNames) -> String { value.map(DecimalText.canonical) ?? none }
    public static func date(_ value: FlexibleDate, _: ReviewNames) -> String { value.display }
    public static func date(_ value: FlexibleDate?, _: ReviewNames) -> String { value?.display ?? none }
    public static func day(_ value: CalendarDate, _: ReviewNames) -> String { value.short }
    public static func day(_ value: CalendarDate?, _: ReviewNames) -> String { value?.short ?? none }
    public static func year(_ value: FinancialYear, _: ReviewNames) -> String { value.description }
    public static func year(_ value: FinancialYear?, _: ReviewNames) -> String { value?.description ?? none }
    public static func reference(_ id: String?, _ names: ReviewNames) -> String { id.map { names.name(of: $0) } ?? none }
    public static func references(_ ids: [String], _ names: ReviewNames) -> String {
        ids.isEmpty ? none : ids.map { names.name(of: $0) }.joined(separator: ", ")
    }
    public static func list(_ values: [String], _: ReviewNames) -> String {
        values.isEmpty ? none : values.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}
