/// What a key does in an open editor, before the field's own keys (`KeyTable.editor`).
public enum EditorCommand: Hashable, Sendable {
    /// Accept the field and close the editor (in long text, Enter is a new line instead).
    case accept
    /// Accept the field, close the editor and save the file.
    case acceptAndSave
    case nextField
    case previousField
    /// Close the editor, asking first when something typed would be lost.
    case cancel
}
