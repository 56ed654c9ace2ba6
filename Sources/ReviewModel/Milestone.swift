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

    /// Overdue when the date (the end of a period, the end of a month) has passed and it is not done.
    public func isOverdue(asOf: CalendarDate) -> Bool {
        !isClosed && (endDate ?? date).endOfPeriod < asOf
    }
}
