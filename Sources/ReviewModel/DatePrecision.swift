/// How much a date says: a day, a month, a quarter, an NHS financial year or a calendar year.
public enum DatePrecision: UInt8, Hashable, Sendable, CaseIterable {
    case day, month, quarter, financialYear, year
}
