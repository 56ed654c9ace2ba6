import Foundation

/// A date as a paper gives it, at the paper's own precision, optionally with the paper's words:
/// a date ("2020-04", "2019/20"), a period between two dates ("Sep 2019 to Nov 2019"), a deadline
/// ("by 31 Dec 2019"), an open-ended start ("since 2016"), or no date at all ("Date not given").
/// Nothing is invented: ordering, headings, "days to" and overdue are all derived from what the
/// date says.
public struct FlexibleDate: Hashable, Sendable, CustomStringConvertible {
    public enum Span: Hashable, Sendable {
        case on(DatePoint)
        /// From the first date to the second; never ends before it starts.
        case between(DatePoint, DatePoint)
        /// A deadline: at the latest by the date.
        case by(DatePoint)
        /// Open-ended: since (or after) the date.
        case since(DatePoint)
        case undated
    }

    public let span: Span
    /// The paper's own words ("Autumn 2019"), shown in place of the date; never empty.
    public let label: String?

    private init(span: Span, label: String?) {
        self.span = span
        let trimmed = label?.trimmingSpaces
        self.label = (trimmed?.isEmpty ?? true) ? nil : trimmed
    }

    public init(_ point: DatePoint, label: String? = nil) { self.init(span: .on(point), label: label) }

    public static func day(_ date: CalendarDate, label: String? = nil) -> FlexibleDate { FlexibleDate(.day(date), label: label) }

    /// Nil when `end` finishes before `start` begins.
    public static func between(_ start: DatePoint, _ end: DatePoint, label: String? = nil) -> FlexibleDate? {
        guard end.last >= start.first else { return nil }
        return FlexibleDate(span: .between(start, end), label: label)
    }

    public static func by(_ point: DatePoint, label: String? = nil) -> FlexibleDate { FlexibleDate(span: .by(point), label: label) }

    public static func since(_ point: DatePoint, label: String? = nil) -> FlexibleDate { FlexibleDate(span: .since(point), label: label) }

    public static func undated(label: String? = nil) -> FlexibleDate { FlexibleDate(span: .undated, label: label) }

    /// The same date with other words (or none).
    public func labelled(_ label: String?) -> FlexibleDate { FlexibleDate(span: span, label: label) }

    /// The date the span is placed by: its start, or the deadline itself.
    public var anchor: DatePoint? {
        switch span {
        case .on(let point), .by(let point), .since(let point), .between(let point, _): return point
        case .undated: return nil
        }
    }

    public var isDated: Bool { anchor != nil }

    /// Ordering key: the earliest day the date names (a deadline's own day); undated items
    /// sort after every dated one (ties keep the file's order: sort by `(orderKey, index)`).
    public var orderKey: Int { anchor?.first.dayNumber ?? Int.max }

    /// The first day the date can mean, when it names one.
    public var earliestDay: CalendarDate? { anchor?.first }

    /// The last day the date can mean: nil for open-ended and undated dates.
    public var latestDay: CalendarDate? {
        switch span {
        case .on(let point), .by(let point): return point.last
        case .between(_, let end): return end.last
        case .since, .undated: return nil
        }
    }

    /// Overdue only once the whole period has passed: the last day it can mean is before `asOf`.
    public func hasPassed(asOf: CalendarDate) -> Bool { latestDay.map { $0 < asOf } ?? false }

    /// The date itself, at its precision: "1 Apr 2020", "Q2 2020", "Sep 2019 to Nov 2019",
    /// "by 31 Dec 2019", "since 2016", "Date not given".
    public var valueText: String {
        switch span {
        case .on(let point): return point.text
        case .between(let start, let end): return "\(start.text) to \(end.text)"
        case .by(let point): return "by \(point.text)"
        case .since(let point): return "since \(point.text)"
        case .undated: return "Date not given"
        }
    }

    /// As a reader sees it: the paper's words when it gave some, otherwise the date at its precision.
    public var display: String { label ?? valueText }

    public var description: String { display }

    /// The timeline heading: only what the date says ("April 2020", "2013", "2019/20", "Undated").
    public var heading: String { anchor?.heading ?? "Undated" }

    /// Equal for dates under the same heading, without building the heading's text.
    public var headingKey: Int { anchor?.headingKey ?? Int.max }

    /// How far away the date is, saying no more than the date does: "265 days", "today",
    /// "3 days ago" at day precision; "this month", "due in Q2 2020", "in 2019/20" otherwise.
    public func distanceText(asOf: CalendarDate) -> String {
        switch span {
        case .on(let point), .by(let point):
            if point.precision == .day {
                let days = asOf.days(until: point.first)
                switch days {
                case 0: return "today"
                case 1: return "1 day"
                case -1: return "1 day ago"
                case ..<0: return "\(-days) days ago"
                default: return "\(days) days"
                }
            }
            if point.contains(asOf) {
                switch point.precision {
                case .month: return "this month"
                case .quarter: return "this quarter"
                case .financialYear: return "this financial year"
                case .year, .day: return "this year"
                }
            }
            if case .by = span { return "by \(point.text)" }
            switch point.precision {
            case .month, .quarter: return "due in \(point.text)"
            default: return "in \(point.text)"
            }
        case .between(let start, let end):
            if start.first <= asOf && asOf <= end.last { return "under way" }
            return "\(start.text) to \(end.text)"
        case .since(let point): return "since \(point.text)"
        case .undated: return "no date given"
        }
    }
}
