import TerminalToolkit

/// Which keys of a burst (keys that arrived in one read) are text for the open field.
enum BurstInput {
    /// True when the key would be typed into the open field as text: characters, line
    /// breaks and tabs while a text, value, notes or link field is being edited.
    static func isText(_ key: Key, in mode: Mode) -> Bool {
        guard case .editing(let editor) = mode, let field = editor.field else { return false }
        if case .choice = field.kind { return false }
        return character(key) != nil
    }

    /// The text a key stands for in a paste: printable characters, "\n" for Enter, "\t" for Tab.
    static func character(_ key: Key) -> Character? {
        switch key {
        case .char(let character): return character.isTerminalControl ? nil : character
        case .enter: return "\n"
        case .tab: return "\t"
        default: return nil
        }
    }
}
