import TerminalToolkit

/// Keys written as spec strings ("C-s", "F2", "PgDn"), for scripted sessions in tests and the
/// benchmark runner.
extension Key {
    /// Reads a key from a spec string, so key tables can be written as data.
    ///
    /// Accepted (case-insensitive except single characters): a single character
    /// ("q", "?", "G"); "Space"; "C-s", "Ctrl-S", "^S" for control letters; "F1"..."F12";
    /// "Up", "Down", "Left", "Right", "Home", "End", "PgUp"/"PageUp",
    /// "PgDn"/"PageDown", "Tab", "S-Tab"/"Shift-Tab"/"BackTab", "Enter"/"Return"/"RET",
    /// "Esc"/"Escape", "Backspace"/"BS", "Del"/"Delete", "Ins"/"Insert"; "M-b"/"Alt-b" and
    /// "Alt-Left", "C-Left"/"Ctrl-Home" for a key with Alt or Ctrl held (`Key.modified`).
    public init?(spec: String) {
        if spec.count == 1, let character = spec.first, !character.isTerminalControl {
            self = .char(character)
            return
        }
        let lowered = spec.lowercased()
        if let named = Key.namedKeys[lowered] {
            self = named
            return
        }
        for (prefix, modifier) in [("m-", KeyModifier.alt), ("alt-", .alt), ("alt+", .alt), ("ctrl-", .ctrl), ("c-", .ctrl)]
            where lowered.hasPrefix(prefix) && spec.count > prefix.count + (modifier == .ctrl ? 1 : 0) {
            // Alt with any key ("M-b", "Alt-Left"); Ctrl with a named key ("C-Left", "Ctrl-Home").
            guard let key = Key(spec: String(spec.dropFirst(prefix.count))) else { return nil }
            if modifier == .ctrl, case .char = key { return nil }
            self = .modified(key, modifier)
            return
        }
        for prefix in ["c-", "ctrl-", "ctrl+", "^"] where lowered.hasPrefix(prefix) {
            let rest = lowered.dropFirst(prefix.count)
            if rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter {
                self = .ctrl(letter)
                return
            }
            return nil
        }
        if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...12).contains(number) {
            self = .function(number)
            return
        }
        return nil
    }

    /// Like `init?(spec:)` but throws, for key tables built at start-up.
    public static func parse(_ spec: String) throws -> Key {
        guard let key = Key(spec: spec) else { throw KeySpecError(spec: spec) }
        return key
    }

    static let namedKeys: [String: Key] = [
        "space": .char(" "), "spc": .char(" "),
        "up": .up, "down": .down, "left": .left, "right": .right,
        "home": .home, "end": .end,
        "pgup": .pageUp, "pageup": .pageUp, "prior": .pageUp,
        "pgdn": .pageDown, "pagedown": .pageDown, "next": .pageDown,
        "tab": .tab, "s-tab": .backTab, "shift-tab": .backTab, "backtab": .backTab,
        "enter": .enter, "return": .enter, "ret": .enter,
        "esc": .escape, "escape": .escape,
        "backspace": .backspace, "bs": .backspace,
        "del": .delete, "delete": .delete,
        "ins": .insert, "insert": .insert,
        "resize": .resize,
    ]
}
