/// One command in a key table: its keys and a one-line description for help.
public struct KeyBinding<Command: Hashable & Sendable>: Hashable, Sendable {
    public var command: Command
    public var keys: [Key]
    public var description: String
    /// Help-screen section ("Navigation", "Editing", ...).
    public var section: String
    /// The word shown beside its function key in the F-key bar ("Save"), or nil when the
    /// binding has no place there.
    public var barLabel: String?
    /// The group its function key belongs to in the F-key bar ("Panes"), shown for a run of
    /// keys of one group when the bar is short of room (see `FunctionKeyBar`).
    public var barGroup: String?

    public init(_ command: Command, keys: [Key], description: String, section: String, barLabel: String? = nil,
                barGroup: String? = nil) {
        self.command = command
        self.keys = keys
        self.description = description
        self.section = section
        self.barLabel = barLabel
        self.barGroup = barGroup
    }
}
