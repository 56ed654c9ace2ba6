/// A dated step in the merger programme, or a period such as an engagement window.
public struct Milestone: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var date: FlexibleDate
    public var endDate: FlexibleDate?
    public var status: MilestoneStatus
    public var owner: String
    public var dependsOn: [String]
    public var notes: String

    public init(id: String, title: String, date: FlexibleDate, endDate: FlexibleDate? = nil,
                status: MilestoneStatus = .planned, owner: String = "", dependsOn: [String] = [], notes: String = "") {
        self.id = id
        self.title = title
        self.date = date
        self.endDate = endDate
        self.status = status
        self.owner = owner
        self.dependsOn = dependsOn
        self.notes = notes
    }

    public var isClosed: Bool { status == .done || status == .cancelled }

    /// Overdue only once the whole date (the end of a period, of a month, of a financial year)
    /// has passed and it is not done; an undated or open-ended milestone is never overdue.
    public func isOverdue(asOf: CalendarDate) -> Bool {
        !isClosed && (endDate ?? date).hasPassed(asOf: asOf)
    }

    /// True when the milestone spans a period: an end date, or a date that is itself a period.
    public var isPeriod: Bool {
        if endDate != nil { return true }
        if case .between = date.span { return true }
        return false
    }

    /// How soon the milestone falls due at `asOf`, for choosing the next milestone (the smallest
    /// key): the last day it can mean, then its order key. Nil when it cannot be next: done or
    /// cancelled, undated, open-ended, or already passed. "Late May 2019" is next at 22 May 2019.
    public func nextKey(asOf: CalendarDate) -> (lastDay: Int, order: Int)? {
        guard !isClosed, let last = date.latestDay, last >= asOf else { return nil }
        return (last.dayNumber, date.orderKey)
    }

    /// The last day the milestone can mean (its end date's, or its date's).
    public var latestDay: CalendarDate? { (endDate ?? date).latestDay ?? date.latestDay }
}
