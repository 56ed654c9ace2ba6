/// What an add changed, kept while the new item's editor is open so Esc can take it back
/// without a trace: the undo history as it was, and where the selection was.
public struct BeforeAdd: Sendable {
    public var history: UndoHistory
    public var pane: Pane
    public var selection: ItemRef?
    /// "milestone", "action"...: for the message when the new item is dropped.
    public var noun: String
}
