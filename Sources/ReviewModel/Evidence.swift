/// A document behind a test.
public struct Evidence: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var reference: String
    public var date: CalendarDate?
    public var state: EvidenceState

    public init(id: String, title: String, reference: String = "", date: CalendarDate? = nil,
                state: EvidenceState = .drafted) {
        self.id = id
        self.title = title
        self.reference = reference
        self.date = date
        self.state = state
    }
}
