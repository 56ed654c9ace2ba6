import ReviewModel

public enum JournalRecord: Hashable, Sendable {
    case edit(JournalEdit)
    case draft(JournalDraft)
}
