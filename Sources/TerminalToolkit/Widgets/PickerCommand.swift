/// What a key does in a `Picker`; `PickerCommand.keyMap` binds the keys (letters and
/// digits typed narrow the list and are not in the table).
public enum PickerCommand: Hashable, Sendable, CaseIterable {
    case up, down, pageUp, pageDown, first, last, toggle, widen, clearFilter

    private static func binding(_ command: PickerCommand, _ keys: [Key], _ description: String) -> KeyBinding<PickerCommand> {
        KeyBinding(command, keys: keys, description: description, section: "Picking links (depends on, organisations, places, linked to)")
    }

    public static let keyMap = KeyMap<PickerCommand>([
        binding(.up, [.up, .ctrl("p")], "Highlight the name above"),
        binding(.down, [.down, .ctrl("n")], "Highlight the name below"),
        binding(.pageUp, [.pageUp], "Highlight a page up"),
        binding(.pageDown, [.pageDown], "Highlight a page down"),
        binding(.first, [.home], "Highlight the first name"),
        binding(.last, [.end], "Highlight the last name"),
        binding(.toggle, [.char(" ")], "Tick or untick the highlighted name (where several may be picked)"),
        binding(.widen, [.backspace], "Take back the last letter typed to narrow the list"),
        binding(.clearFilter, [.ctrl("u")], "Show every name again"),
    ])
}
