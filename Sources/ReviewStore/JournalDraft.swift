import ReviewModel

/// The text of an editor still open (not accepted); an empty text says the editor was closed.
public struct JournalDraft: Hashable, Sendable {
    public var at: String
    public var text: String

    public init(at: String, text: String) {
        self.at = at
        self.text = text
    }
}
