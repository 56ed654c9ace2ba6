/// A modifier held with a key that has no control code of its own (`Key.modified`).
public enum KeyModifier: Hashable, Sendable {
    /// Alt (Meta): the terminal sends ESC before the key.
    case alt
    case ctrl

    /// How the modifier is written before a key's name: "Alt-", "Ctrl-".
    public var prefix: String {
        switch self {
        case .alt: return "Alt-"
        case .ctrl: return "Ctrl-"
        }
    }
}
