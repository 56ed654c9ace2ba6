/// A text editor that takes its keys from `TextEditCommand.keyMap` (`TextInput`, `TextArea`):
/// a printable character is inserted, an editing key performed, and the two editors decide
/// the same way which keys are theirs.
public protocol TextEditing {
    /// Whether the multi-line commands (a new line, line up and down, pages) are this editor's.
    static var editsLines: Bool { get }
    /// Inserts text at the cursor (control characters are dropped).
    mutating func insert(_ text: String)
    /// Does one editing command.
    mutating func perform(_ command: TextEditCommand)
}

extension TextEditing {
    /// Applies one key. True when the key is an editing key (even when nothing changed, e.g.
    /// Backspace at the start), false for keys the editor does not use (Enter in one line, Tab,
    /// Esc, function keys), which the caller then handles.
    public mutating func handle(_ key: Key) -> Bool {
        if case .char(let character) = key {
            guard !character.isTerminalControl else { return false }
            insert(String(character))
            return true
        }
        guard let command = TextEditCommand.keyMap.command(for: key), Self.editsLines || !command.isMultiLine else { return false }
        perform(command)
        return true
    }
}
