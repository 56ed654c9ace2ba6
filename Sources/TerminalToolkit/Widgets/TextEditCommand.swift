/// What an editing key does in a text field (`TextInput`) or a text area (`TextArea`).
/// `TextEditCommand.keyMap` binds the keys; both widgets dispatch through it, and help
/// screens list it, so the keys shown are the keys that work.
public enum TextEditCommand: Hashable, Sendable, CaseIterable {
    case left, right, wordLeft, wordRight, lineStart, lineEnd
    case deleteBackward, deleteForward, deleteToLineStart, deleteToLineEnd, deleteWordBackward
    case selectAll
    // Text areas only:
    case newLine, lineUp, lineDown, pageUp, pageDown, textStart, textEnd

    /// True for the commands that mean something only in a text of several lines.
    public var isMultiLine: Bool {
        switch self {
        case .newLine, .lineUp, .lineDown, .pageUp, .pageDown, .textStart, .textEnd: return true
        default: return false
        }
    }

    private static func binding(_ command: TextEditCommand, _ keys: [Key], _ description: String,
                                _ section: String = "Typing in a field") -> KeyBinding<TextEditCommand> {
        KeyBinding(command, keys: keys, description: description, section: section)
    }

    /// The editing keys, readline (bash) style, with the arrows and Ctrl/Alt-arrows terminals send.
    public static let keyMap = KeyMap<TextEditCommand>([
        binding(.left, [.left, .ctrl("b")], "Cursor left"),
        binding(.right, [.right, .ctrl("f")], "Cursor right"),
        binding(.wordLeft, [.modified(.left, .ctrl), .modified(.left, .alt), .modified(.char("b"), .alt)], "Cursor to the previous word"),
        binding(.wordRight, [.modified(.right, .ctrl), .modified(.right, .alt), .modified(.char("f"), .alt)], "Cursor to the next word"),
        binding(.lineStart, [.home, .ctrl("a")], "Cursor to the start of the line"),
        binding(.lineEnd, [.end, .ctrl("e")], "Cursor to the end of the line"),
        binding(.deleteBackward, [.backspace], "Delete the character before the cursor"),
        binding(.deleteForward, [.delete, .ctrl("d")], "Delete the character under the cursor"),
        binding(.deleteToLineStart, [.ctrl("u")], "Delete to the start of the line"),
        binding(.deleteToLineEnd, [.ctrl("k")], "Delete to the end of the line"),
        binding(.deleteWordBackward, [.ctrl("w")], "Delete the word before the cursor"),
        binding(.selectAll, [.modified(.char("a"), .alt)], "Select all: what you type next replaces the whole field"),
        binding(.newLine, [.enter], "New line at the cursor", "Long text (notes, descriptions, minutes)"),
        binding(.lineUp, [.up, .ctrl("p")], "Cursor up a line", "Long text (notes, descriptions, minutes)"),
        binding(.lineDown, [.down, .ctrl("n")], "Cursor down a line", "Long text (notes, descriptions, minutes)"),
        binding(.pageUp, [.pageUp], "Cursor up a page", "Long text (notes, descriptions, minutes)"),
        binding(.pageDown, [.pageDown], "Cursor down a page", "Long text (notes, descriptions, minutes)"),
        binding(.textStart, [.modified(.home, .ctrl)], "Cursor to the start of the text", "Long text (notes, descriptions, minutes)"),
        binding(.textEnd, [.modified(.end, .ctrl)], "Cursor to the end of the text", "Long text (notes, descriptions, minutes)"),
    ])
}
