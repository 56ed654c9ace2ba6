/// An action arising at a meeting, followed up at the next.
public struct Action: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var owner: String
    public var due: CalendarDate?
    public var status: ActionStatus
    public var linkedItemId: String?
    public var raisedAt: CalendarDate?
    public var carriedForwardTo: CalendarDate?
    public var notes: String

    public init(id: String, title: String, owner: String = "", due: CalendarDate? = nil, status: ActionStatus = .open,
                linkedItemId: String? = nil, raisedAt: CalendarDate? = nil, carriedForwardTo: CalendarDate? = nil,
                notes: String = "") {
        self.id = id
        self.title = title
        self.owner = owner
        self.due = due
        self.status = status
        self.linkedItemId = linkedItemId
        self.raisedAt = raisedAt
        self.carriedForwardTo = carriedForwardTo
        self.notes = notes
    }

    public var isOpen: Bool { status == .open || status == .carriedForward }

    public func isOverdue(asOf: CalendarDate) -> Bool {
        guard isOpen, let due = carriedForwardTo ?? due else { return false }
        return due < asOf
    }
}
