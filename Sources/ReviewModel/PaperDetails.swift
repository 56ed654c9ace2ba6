/// The cover sheet's details of the paper the review goes to the board as: the meeting, its
/// date, the agenda item, the purpose, the author, the executive sponsor and where the paper
/// was considered before. Kept in the review file's optional `paper` section; each is empty
/// when not given.
public struct PaperDetails: Hashable, Sendable {
    public var meeting: String
    /// The meeting's date as the paper gives it ("Thursday 9 January 2020").
    public var meetingDate: String
    public var agendaItem: String
    public var purpose: PaperPurpose?
    public var author: String
    public var sponsor: String
    public var previouslyConsidered: String

    public init(meeting: String = "", meetingDate: String = "", agendaItem: String = "", purpose: PaperPurpose? = nil,
                author: String = "", sponsor: String = "", previouslyConsidered: String = "") {
        self.meeting = meeting
        self.meetingDate = meetingDate
        self.agendaItem = agendaItem
        self.purpose = purpose
        self.author = author
        self.sponsor = sponsor
        self.previouslyConsidered = previouslyConsidered
    }

    /// Nothing given.
    public var isEmpty: Bool { self == PaperDetails() }

    /// These details with every non-empty value of `other` in place of its own.
    public func overridden(by other: PaperDetails) -> PaperDetails {
        func pick(_ mine: String, _ theirs: String) -> String { theirs.isEmpty ? mine : theirs }
        return PaperDetails(meeting: pick(meeting, other.meeting), meetingDate: pick(meetingDate, other.meetingDate),
                            agendaItem: pick(agendaItem, other.agendaItem), purpose: other.purpose ?? purpose,
                            author: pick(author, other.author), sponsor: pick(sponsor, other.sponsor),
                            previouslyConsidered: pick(previouslyConsidered, other.previouslyConsidered))
    }
}
