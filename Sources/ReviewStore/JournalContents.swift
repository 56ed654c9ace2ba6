import ReviewModel

/// A journal as read back: the header and every complete record, in order.
public struct JournalContents: Hashable, Sendable {
    /// nil when the file ends inside the header (nothing in it can be recovered).
    public var header: JournalHeader?
    public var records: [JournalRecord]
    /// Bytes after the last complete record (a record cut short by a crash), ignored.
    public var ignoredTailBytes: Int

    public var edits: [JournalEdit] {
        records.compactMap { if case .edit(let edit) = $0 { return edit } else { return nil } }
    }

    /// The draft left open after the last edit, if its text is not empty.
    public var openDraft: JournalDraft? {
        guard case .draft(let draft) = records.last, !draft.text.isEmpty else { return nil }
        return draft
    }
}
